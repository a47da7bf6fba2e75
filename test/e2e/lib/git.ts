import { expect } from 'vitest';
import { run, type RunResult } from './run.js';

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'amplify-next e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.invalid',
  GIT_COMMITTER_NAME: 'amplify-next e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.invalid',
};

/** git in an app copy (its own repository, created by the flow), with a fixed identity and no signing. */
export function git(dir: string, args: string[]): Promise<RunResult> {
  return run('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: dir,
    env: GIT_IDENTITY,
    timeoutMs: 60_000,
  });
}

export async function gitStatus(dir: string): Promise<string[]> {
  const { stdout } = await git(dir, ['status', '--porcelain', '--untracked-files=all']);
  return stdout.split('\n').filter((line) => line.trim() !== '');
}

/** Commits everything the app's .gitignore does not ignore, as a user reviewing a step would. */
export async function commitAll(dir: string, message: string): Promise<void> {
  await git(dir, ['add', '.']);
  await git(dir, ['commit', '-q', '-m', message]);
  expect(await gitStatus(dir), `git status after committing "${message}"`).toEqual([]);
}
