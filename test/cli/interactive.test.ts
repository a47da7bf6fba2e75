import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';
import { offlineNpm } from '../helpers/registry.js';
import { cleanupTrees, copyTree, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * Runs the CLI on a real terminal (util-linux `script` gives it a pseudo-TTY) and types `keys` as soon as
 * the prompt is on the screen.
 */
function runInTerminal(args: string[], keys: string): Promise<{ exitCode: number; screen: string }> {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
  // Without CI in the environment, as at a developer's terminal.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...offlineNpm().env };
  delete env.CI;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let screen = '';
    let typed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', (error) => reject(new Error(`util-linux script is needed for terminal tests: ${error.message}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      if (!typed && screen.includes('Write 4 files?')) {
        typed = true;
        child.stdin.write(keys);
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ exitCode: code ?? -1, screen });
    });
  });
}

describe('init at a terminal', () => {
  const app = path.join(REPO, 'test/fixtures/apps/next15-app-js');

  it('asks before writing; "n" cancels (exit 130) and writes nothing', async () => {
    const root = copyTree(app);
    const { exitCode, screen } = await runInTerminal(['init', '--skip-install', '--cwd', root], 'n');
    expect(screen).toContain('Write 4 files?');
    expect(screen).toContain('Cancelled. Nothing was written.');
    expect(exitCode).toBe(130);
    expect(readTree(root)).toEqual(readTree(app));
  });

  it('Ctrl-C at the prompt cancels (exit 130) and writes nothing', async () => {
    const root = copyTree(app);
    const { exitCode } = await runInTerminal(['init', '--skip-install', '--cwd', root], '\x03');
    expect(exitCode).toBe(130);
    expect(readTree(root)).toEqual(readTree(app));
  });

  it('Enter accepts the default and writes the files', async () => {
    const root = copyTree(app);
    const { exitCode, screen } = await runInTerminal(['init', '--skip-install', '--cwd', root], '\r');
    expect(screen).toContain('Write 4 files?');
    expect(exitCode).toBe(0);
    expect(Object.keys(readTree(root))).toContain('middleware.js');
  });
});
