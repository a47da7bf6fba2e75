import { DEFAULT_CONFIG_FILE, type AmplifyConfigFile } from '../project/amplify-config.js';
import { readConfigValue } from '../project/config-value.js';
import { configuredFrom } from '../project/configured-from.js';
import type { SourceProject } from '../project/detect.js';
import { v5ConfigNote, v5OnlyKeys } from '../project/v5-config-shape.js';

export interface UtilsConfig {
  config: AmplifyConfigFile;
  /** Which config the created utils module imports and why, then what is wrong with it, if anything. */
  notes: string[];
}

/**
 * The config file a utils module created by migrate-v5 imports, by init's rules (the project's Amplify
 * config files at the root or in `src/`, `amplify_outputs.json` first), except that the file the app's own
 * `Amplify.configure` already reads wins: the server then sees the backend the browser does.
 */
export function utilsModuleConfig(info: SourceProject, utilsFile: string): UtilsConfig {
  const configs = info.amplifyConfigs;
  if (configs.length === 0) {
    return {
      config: DEFAULT_CONFIG_FILE,
      notes: [
        `No Amplify config file found (amplify_outputs.json, amplifyconfiguration.json or aws-exports, at the root or in src/): ${utilsFile} imports ${DEFAULT_CONFIG_FILE.path}. Create it with \`npx ampx sandbox\` (or \`npx ampx generate outputs\` for a deployed backend).`,
      ],
    };
  }
  const files = info.setup.paths;
  const clients = [files.pagesAppIsNew ? undefined : files.pagesApp, files.configureComponent].filter((file) => file !== undefined);
  let config = configs[0]!;
  let why =
    configs.length === 1
      ? 'the only Amplify config file found'
      : `the first of ${configs.map((c) => c.path).join(', ')} in init's order; edit its import to use another`;
  for (const client of clients) {
    const browser = configuredFrom(info, client, 'client');
    const match = browser === undefined ? undefined : configs.find((c) => c.path === browser);
    if (match) {
      config = match;
      why = `the file ${client} passes to Amplify.configure`;
      break;
    }
  }
  const notes = [`${utilsFile} configures the server from ${config.path}: ${why}.`];
  const v5Keys = v5OnlyKeys(readConfigValue(info.files, config));
  if (v5Keys.length > 0) notes.unshift(v5ConfigNote(config.path, v5Keys));
  return { config, notes };
}
