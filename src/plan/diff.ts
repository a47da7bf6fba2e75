import { createTwoFilesPatch } from 'diff';
import type { FileChange } from './plan.js';

/** A unified diff of one planned change, as `git diff` would show it. */
export function unifiedDiff(change: FileChange): string {
  const from = change.before === null ? '/dev/null' : `a/${change.path}`;
  return createTwoFilesPatch(from, `b/${change.path}`, change.before ?? '', change.after, undefined, undefined, {
    context: 3,
  })
    .split('\n')
    .filter((line) => !line.startsWith('===='))
    .join('\n');
}
