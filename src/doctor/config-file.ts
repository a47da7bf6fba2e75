import fs from 'node:fs';
import path from 'node:path';
import { importTargets } from '../generate/import-specifier.js';
import { toProjectPath } from '../project/project-path.js';
import type { DoctorProject } from './check.js';

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.json'];

export type ConfigFile = { kind: 'file'; file: string } | { kind: 'missing' } | { kind: 'package' };

/** The file an import of a config (`specifier`, written in `from`) loads, or that there is none, or that it is a package. */
export function resolveConfigFile(project: DoctorProject, from: string, specifier: string): ConfigFile {
  const { root, aliases } = project.info;
  const targets = importTargets(root, from, specifier, aliases);
  if (!specifier.startsWith('.') && targets.length === 0) return { kind: 'package' };
  for (const target of targets) {
    for (const candidate of [
      ...EXTENSIONS.map((ext) => `${target}${ext}`),
      ...EXTENSIONS.slice(1).map((ext) => path.join(target, `index${ext}`)),
    ]) {
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return { kind: 'file', file: toProjectPath(root, candidate) };
    }
  }
  return { kind: 'missing' };
}
