import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';
import { offlineNpm } from '../helpers/registry.js';
import { cleanupTrees, copyTree, makeTree, packageJson, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * Runs the CLI on a real terminal (util-linux `script` gives it a pseudo-TTY) and types `keys` as soon as
 * the prompt is on the screen.
 */
function runInTerminal(args: string[], keys: string, prompt = 'Write 4 files?'): Promise<{ exitCode: number; screen: string }> {
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
      if (!typed && screen.includes(prompt)) {
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

describe('migrate-v5 at a terminal', () => {
  const v5Page = `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
`;
  /** A v5 Pages Router app, committed, so that migrate-v5 runs without --force. */
  function v5App(): string {
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.0', react: '^18.2.0' }),
      'amplify_outputs.json': '{}\n',
      'pages/index.js': v5Page,
    });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'v5 app');
    return root;
  }

  it('asks before writing like the other commands; "n" cancels (exit 130) and writes nothing', async () => {
    const root = v5App();
    const before = readTree(root);
    const { exitCode, screen } = await runInTerminal(['migrate-v5', '--cwd', root], 'n', 'Write 2 files?');
    expect(screen).toContain('Would create');
    expect(screen).toContain('utils/amplifyServerUtils.js');
    expect(screen).toContain('Write 2 files?');
    expect(screen).toContain('Cancelled. Nothing was written.');
    expect(exitCode).toBe(130);
    expect(readTree(root)).toEqual(before);
  });

  it('Enter accepts and migrates', async () => {
    const root = v5App();
    const { exitCode, screen } = await runInTerminal(['migrate-v5', '--cwd', root], '\r', 'Write 2 files?');
    expect(screen).toContain('Write 2 files?');
    expect(exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain('runWithAmplifyServerContext');
    expect(Object.keys(readTree(root))).toContain('utils/amplifyServerUtils.js');
  });
});
