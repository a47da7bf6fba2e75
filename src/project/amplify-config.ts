import path from 'node:path';
import { regularFileExists } from './read-file.js';

export type AmplifyConfigKind = 'gen2' | 'gen1' | 'gen1-legacy';

export interface AmplifyConfigFile {
  /** Relative to the project root, with `/`. */
  path: string;
  kind: AmplifyConfigKind;
}

/** In order of preference: the first one found is the default when several exist. */
const CONFIG_FILES: Array<[string, AmplifyConfigKind]> = [
  ['amplify_outputs.json', 'gen2'],
  ['amplifyconfiguration.json', 'gen1'],
  ['aws-exports.js', 'gen1-legacy'],
  ['aws-exports.ts', 'gen1-legacy'],
  ['aws-exports.mjs', 'gen1-legacy'],
];

export function kindOfConfigFile(file: string): AmplifyConfigKind | undefined {
  return CONFIG_FILES.find(([name]) => path.basename(file) === name)?.[1];
}

/** Every Amplify config file at the root or in `src/`, preferred first. */
export function findAmplifyConfigFiles(root: string): AmplifyConfigFile[] {
  const found: AmplifyConfigFile[] = [];
  for (const [name, kind] of CONFIG_FILES) {
    for (const dir of ['', 'src/']) {
      if (regularFileExists(path.join(root, dir, name), `${dir}${name}`)) found.push({ path: `${dir}${name}`, kind });
    }
  }
  return found;
}

/** Where `ampx` writes the Gen 2 outputs: the file we generate for when the project has none yet. */
export const DEFAULT_CONFIG_FILE: AmplifyConfigFile = { path: 'amplify_outputs.json', kind: 'gen2' };
