import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canRunAsUser, chownTree, isRoot, runCliAs } from '../helpers/as-user.js';
import { runCli } from '../helpers/cli.js';
import { snapshot } from '../helpers/snapshot.js';
import { cleanupTrees, makeTree, packageJson } from '../helpers/tree.js';

afterAll(cleanupTrees);

const V5_PAGE = `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}
`;

/** No global or system git config: a safe.directory there would hide the refusal. */
const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

/** A committed v5 app with uncommitted work in it. */
function dirtyRepo(): string {
  const root = makeTree({
    'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0' }),
    'amplify_outputs.json': '{}\n',
    'pages/index.js': V5_PAGE,
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: root,
      env: { ...process.env, ...GIT_ENV },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'v5 app');
  fs.appendFileSync(path.join(root, 'pages/index.js'), '// uncommitted work\n');
  return root;
}

describe('migrate-v5 when git cannot read the work tree', () => {
  it.runIf(isRoot)("run as root on a repository owned by another uid: refuses with git's reason and --force, writes nothing", () => {
    const root = dirtyRepo();
    chownTree(root);
    const before = snapshot(root);
    const refused = runCli(['migrate-v5', '--yes', '--cwd', root], { env: GIT_ENV });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain(
      `Cannot tell whether the git work tree has uncommitted changes: git status failed (detected dubious ownership in repository at '${fs.realpathSync(root)}').`,
    );
    expect(refused.stderr).toContain('or pass --force to migrate without this check.');
    expect(snapshot(root)).toEqual(before);

    const forced = runCli(['migrate-v5', '--yes', '--force', '--cwd', root], { env: GIT_ENV });
    expect(forced.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain('runWithAmplifyServerContext');
  });

  it.runIf(canRunAsUser())('run as a non-root uid on a repository owned by root: refuses the same way', () => {
    const root = dirtyRepo();
    fs.chmodSync(root, 0o755);
    const before = snapshot(root);
    const refused = runCliAs(['migrate-v5', '--yes', '--cwd', root], { env: GIT_ENV });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/git status failed \(detected dubious ownership in repository at /);
    expect(snapshot(root)).toEqual(before);
  });

  it('outside any git work tree, there is nothing to check and it migrates', () => {
    const root = makeTree({ 'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0' }), 'pages/index.js': V5_PAGE });
    const result = runCli(['migrate-v5', '--yes', '--cwd', root], { env: GIT_ENV });
    expect(result.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain('runWithAmplifyServerContext');
  });
});
