import type { Output } from '../ui/output.js';
import type { MigrationOutcome } from './migration.js';
import { toProjectPath } from '../project/project-path.js';

export interface MigrationTotals {
  scanned: number;
  /** migrated + todoOnly. */
  changed: number;
  /** Files with v5 code rewritten to v6 (units, configuration, imports). */
  migrated: number;
  /** Files whose only change is TODO lines: nothing in them was migrated. */
  todoOnly: number;
  unchanged: number;
  reviewItems: number;
  todoItems: number;
  errors: number;
}

const TODO_LINE = /^[ \t]*\/\/ TODO\(amplify-next\):[^\n]*\n/gm;

/** The file changed, but only by TODO lines. */
export function isTodoOnly(o: MigrationOutcome): boolean {
  if (!o.changed) return false;
  const strip = (text: string) => text.replace(/\r\n/g, '\n').replace(TODO_LINE, '');
  return strip(o.output) === strip(o.source);
}

export function totalsOf(scanned: number, outcomes: MigrationOutcome[]): MigrationTotals {
  const changed = outcomes.filter((o) => o.changed).length;
  const todoOnly = outcomes.filter(isTodoOnly).length;
  const errors = outcomes.filter((o) => o.error !== undefined).length;
  const review = outcomes.flatMap((o) => o.review);
  return {
    scanned,
    changed,
    migrated: changed - todoOnly,
    todoOnly,
    unchanged: scanned - changed - errors,
    reviewItems: review.length,
    todoItems: review.filter((r) => r.level === 'todo').length,
    errors,
  };
}

/** `file:line:col code reason url` for every review item, the errors, then the totals. */
export function printMigrationReport(
  out: Output,
  root: string,
  outcomes: MigrationOutcome[],
  totals: MigrationTotals,
  dryRun: boolean,
): void {
  const { color } = out;
  const relative = (file: string) => toProjectPath(root, file);
  const items = outcomes.flatMap((o) => o.review.map((item) => ({ file: relative(o.file), ...item })));
  if (items.length > 0) {
    out.line(color.bold('Review'));
    for (const item of items) {
      const level = item.level === 'info' ? color.cyan('info ') : color.yellow('todo ');
      out.line(`  ${level}${item.file}:${item.line}:${item.column} ${color.bold(item.code)} ${item.reason} ${color.dim(item.url)}`);
    }
  }
  const errors = outcomes.filter((o) => o.error !== undefined);
  if (errors.length > 0) {
    out.line(color.bold('Not migrated (errors)'));
    for (const o of errors) out.line(`  ${color.red('✖')} ${relative(o.file)}${/^\d+:\d+: /.test(o.error!) ? ':' : ': '}${o.error}`);
  }
  const changedVerb = dryRun ? 'would change' : 'changed';
  out.line(
    `${totals.scanned} files scanned, ${totals.changed} ${changedVerb}, ${totals.unchanged} unchanged, ` +
      `${totals.reviewItems} review items (${totals.todoItems} todo), ${totals.errors} errors` +
      (totals.changed > 0 ? ` (${totals.migrated} migrated, ${totals.todoOnly} with TODO lines only)` : ''),
  );
}
