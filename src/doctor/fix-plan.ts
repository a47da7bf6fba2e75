import { emptyPlan, type Plan } from '../plan/types.js';
import type { Check, DoctorProject, Finding } from './types.js';

/**
 * One plan for every fixable finding: each check plans its own. A file that two checks would both change is
 * changed by the first, and the other's change waits for the next run (said in the notes), so no edit is
 * planned from a text another edit replaces.
 */
export function planFixes(project: DoctorProject, checks: readonly Check[], findings: readonly Finding[], force: boolean): Plan {
  const plan = emptyPlan();
  for (const check of checks) {
    const own = findings.filter((finding) => finding.fixable && check.codes.includes(finding.code));
    if (own.length === 0 || check.fix === undefined) continue;
    const part = check.fix(project, own, { force });
    for (const change of part.changes) {
      if (plan.changes.some((planned) => planned.path === change.path)) {
        plan.notes.push(`${change.path}: one more fix (${change.reason}) applies after this one: run doctor --fix again.`);
      } else {
        plan.changes.push(change);
      }
    }
    plan.skipped.push(...part.skipped);
    plan.manual.push(...part.manual);
    plan.notes.push(...part.notes);
  }
  return plan;
}
