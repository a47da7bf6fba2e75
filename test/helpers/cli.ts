import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineNpm } from './registry.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(REPO, 'bin', 'amplify-next.js');

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a CLI run: no TTY, CI set, colours off. npm is the offline stand-in (recorded registry
 * data, no installs) unless the test passes its own PATH.
 */
export function cliEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, CI: 'true', NO_COLOR: '1', npm_config_user_agent: undefined, ...offlineNpm().env, ...env };
}

/** Runs the built CLI as a user would: a separate process, in the environment of `cliEnv`. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: cliEnv(options.env),
    timeout: 60_000,
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function runJson(args: string[], options: Parameters<typeof runCli>[1] = {}): CliResult & { json: any } {
  const result = runCli([...args, '--json'], options);
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.exitCode}):\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
  return { ...result, json };
}
