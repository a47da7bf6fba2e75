import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';
import { cleanupTrees, copyTree, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * Runs the CLI on a real terminal (util-linux `script` gives it a pseudo-TTY) and types `keys` after the
 * prompt has had time to appear.
 */
function runInTerminal(args: string[], keys: string): { exitCode: number; screen: string } {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
  // Without CI in the environment, as at a developer's terminal.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CI;
  const result = spawnSync('sh', ['-c', `(sleep 2; printf '${keys}'; sleep 1) | script -qfec "${command}" /dev/null`], {
    encoding: 'utf8',
    env,
    timeout: 30_000,
  });
  if (result.error) throw new Error(`util-linux script is needed for terminal tests: ${result.error.message}`);
  return { exitCode: result.status ?? -1, screen: result.stdout };
}

describe('init at a terminal', () => {
  const app = path.join(REPO, 'test/fixtures/apps/next15-app-js');

  it('asks before writing; "n" cancels (exit 130) and writes nothing', () => {
    const root = copyTree(app);
    const { exitCode, screen } = runInTerminal(['init', '--skip-install', '--cwd', root], 'n');
    expect(screen).toContain('Write 4 files?');
    expect(screen).toContain('Cancelled. Nothing was written.');
    expect(exitCode).toBe(130);
    expect(readTree(root)).toEqual(readTree(app));
  });

  it('Ctrl-C at the prompt cancels (exit 130) and writes nothing', () => {
    const root = copyTree(app);
    const { exitCode } = runInTerminal(['init', '--skip-install', '--cwd', root], '\\003');
    expect(exitCode).toBe(130);
    expect(readTree(root)).toEqual(readTree(app));
  });

  it('Enter accepts the default and writes the files', () => {
    const root = copyTree(app);
    const { exitCode, screen } = runInTerminal(['init', '--skip-install', '--cwd', root], '\\r');
    expect(screen).toContain('Write 4 files?');
    expect(exitCode).toBe(0);
    expect(Object.keys(readTree(root))).toContain('middleware.js');
  });
});
