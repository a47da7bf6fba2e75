import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, cliEnv, REPO, type CliResult } from './cli.js';

/** A uid and gid that are not root's, for trees owned by someone else. */
export const USER = { uid: 1000, gid: 1000 };

export const isRoot = process.getuid?.() === 0;

/** Gives `root` and everything under it (links themselves, not their targets) to `owner`. */
export function chownTree(root: string, owner = USER): void {
  execFileSync('chown', ['-hR', `${owner.uid}:${owner.gid}`, root]);
}

/** Runs the built CLI as `USER` (through setpriv), like runCli otherwise. */
export function runCliAs(args: string[], options: { env?: Record<string, string | undefined> } = {}): CliResult {
  const result = spawnSync('setpriv', [`--reuid=${USER.uid}`, `--regid=${USER.gid}`, '--clear-groups', process.execPath, BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: cliEnv({ HOME: path.parse(REPO).root, ...options.env }),
    timeout: 60_000,
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Whether `USER` can run the built CLI here (setpriv present, the checkout readable by others). */
export function canRunAsUser(): boolean {
  if (!isRoot) return false;
  try {
    fs.accessSync(BIN, fs.constants.R_OK);
    return (
      spawnSync('setpriv', [`--reuid=${USER.uid}`, `--regid=${USER.gid}`, '--clear-groups', process.execPath, BIN, '--version']).status ===
      0
    );
  } catch {
    return false;
  }
}
