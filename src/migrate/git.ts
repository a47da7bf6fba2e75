import { execFileSync } from 'node:child_process';

/** Uncommitted changes in the git work tree containing `dir`; `null` when it is not a git repository (or git is missing). */
export function uncommittedChanges(dir: string): string[] | null {
  try {
    const out = execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n').filter((line) => line.trim() !== '');
  } catch {
    return null;
  }
}
