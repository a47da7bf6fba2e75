import { CancelledError } from '../errors.js';
import { applyChanges, checkWritable } from '../plan/apply.js';
import { confinePlan } from '../plan/confine.js';
import type { Plan } from '../plan/types.js';
import type { Output } from '../ui/output.js';
import { confirm } from '../ui/prompt.js';
import { printDiffs, printPlanSummary } from '../ui/report.js';
import { isInteractive, type CommonOptions } from './common.js';

export type FlowOutcome = 'nothing-to-do' | 'dry-run' | 'applied';

export interface FlowSteps {
  /** Extra work that counts as "something to do" besides file changes (e.g. packages to install). */
  pendingWork?: string;
  /** Printed in a dry run after the diffs (e.g. the install command). */
  dryRunLines?: string[];
  /** Runs after confirmation and before any file is written; a failure there writes nothing. */
  beforeApply?: () => Promise<void>;
}

/** detect → plan → (preview | confirm) → apply: the part every command shares. */
export async function executePlan(plan: Plan, root: string, options: CommonOptions, out: Output, steps: FlowSteps = {}): Promise<FlowOutcome> {
  confinePlan(plan, root);
  if (plan.changes.length === 0 && !steps.pendingWork) {
    printPlanSummary(out, plan, options.dryRun);
    const leftToYou = plan.skipped.length > 0 || plan.manual.length > 0;
    out.line(leftToYou ? 'Nothing to write: what is left is listed above.' : out.color.green('✔ Already set up: nothing to do.'));
    return 'nothing-to-do';
  }
  if (options.dryRun) {
    printDiffs(out, plan);
    printPlanSummary(out, plan, true);
    for (const line of steps.dryRunLines ?? []) out.line(line);
    out.line(out.color.dim('Dry run: nothing was written or installed.'));
    return 'dry-run';
  }
  if (isInteractive(options)) {
    printPlanSummary(out, plan, true);
    const what = [
      plan.changes.length > 0 ? `write ${plan.changes.length} file${plan.changes.length === 1 ? '' : 's'}` : '',
      steps.pendingWork ?? '',
    ].filter(Boolean);
    if (!(await confirm(`${capitalize(what.join(' and '))}?`))) throw new CancelledError();
  }
  // A target we may not write fails the run before a package install changes anything.
  checkWritable(root, plan.changes);
  await steps.beforeApply?.();
  applyChanges(root, plan.changes);
  printPlanSummary(out, plan, false);
  return 'applied';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
