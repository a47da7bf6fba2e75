import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from '../errors.js';

/**
 * Uncommitted changes in the git work tree containing `dir`; `null` when git is missing or `dir` is not in a
 * work tree. When `dir` is in one but git cannot read its state (e.g. git refuses a repository owned by
 * someone else), that is an error: the guard must not turn itself off.
 */
export function uncommittedChanges(dir: string): string[] | null {
  try {
    const out = execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\n').filter((line) => line.trim() !== '');
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT' || /not a git repository/i.test(failure.stderr ?? '') || !insideWorkTree(dir)) return null;
    const reason =
      (failure.stderr ?? '')
        .split('\n')
        .map((line) => line.replace(/^(fatal|error): /, '').trim())
        .find(Boolean) ?? failure.message;
    throw new ProjectError(
      `Cannot tell whether the git work tree has uncommitted changes: git status failed (${reason}).`,
      'Fix what git reports (then the migration can be reviewed as its own diff), or pass --force to migrate without this check.',
    );
  }
}

/** Whether `dir` or a folder above it holds `.git` (a folder, or a file for worktrees and submodules). */
function insideWorkTree(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return true;
    if (path.dirname(current) === current) return false;
  }
}
