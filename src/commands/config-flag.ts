import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { kindOfConfigFile } from '../project/amplify-config.js';
import type { FileStore } from '../project/file-store.js';
import { toProjectPath } from '../project/project-path.js';

const CONFIG_EXTENSIONS = ['.json', '.js', '.mjs', '.cjs', '.ts'];
const CONFIG_HINT = 'Pass the path of amplify_outputs.json, amplifyconfiguration.json or aws-exports.js inside the project.';

/** `--config` names a JSON or JS/TS file inside the project: its path relative to the root, else a usage error. */
export function checkConfigFlag(files: FileStore, given: string): string {
  const { root } = files;
  const absolute = path.resolve(root, given);
  const relative = toProjectPath(root, absolute);
  if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) {
    throw new UsageError(`--config ${given} is outside the project (${root}).`, CONFIG_HINT);
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    throw new UsageError(`--config ${given}: no such file in ${root}.`, CONFIG_HINT);
  }
  if (!stat.isFile()) {
    throw new UsageError(
      `--config ${given} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}, not an Amplify config file.`,
      CONFIG_HINT,
    );
  }
  if (!CONFIG_EXTENSIONS.includes(path.extname(absolute))) {
    throw new UsageError(
      `--config ${given} is not a JSON, JS or TS file (an Amplify config is one of ${CONFIG_EXTENSIONS.join(', ')}).`,
      CONFIG_HINT,
    );
  }
  // A JSON file under another name must read as one; what a JS/TS module exports is only known by running it.
  if (path.extname(absolute) === '.json' && kindOfConfigFile(relative) === undefined) {
    const problem = jsonConfigProblem(files.editableText(relative) ?? '');
    if (problem) throw new UsageError(`--config ${given} is not an Amplify config: ${problem}.`, CONFIG_HINT);
  }
  return relative;
}

/** Keys only an Amplify config has at its top level: Gen 2 outputs, Gen 1 `aws_*` settings, v6 `ResourcesConfig`. */
const GEN2_KEYS = ['auth', 'data', 'storage', 'geo', 'analytics', 'notifications', 'custom'];
const RESOURCES_CONFIG_KEYS = ['Auth', 'API', 'Storage', 'Analytics', 'Geo', 'Interactions', 'Notifications', 'Predictions'];

function jsonConfigProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return `it is not valid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a JSON object';
  const keys = Object.keys(value);
  const gen2 = typeof (value as { version?: unknown }).version === 'string' && /^1(\.\d+)?$/.test((value as { version: string }).version);
  if (gen2 || keys.some((key) => key.startsWith('aws_') || GEN2_KEYS.includes(key) || RESOURCES_CONFIG_KEYS.includes(key)))
    return undefined;
  return `it has none of the keys an Amplify config has (found ${keys.length > 0 ? keys.slice(0, 5).join(', ') : 'none'})`;
}
