import { emptyPlan, type FileChange, type Plan } from '../plan/plan.js';
import { runChecks } from './run-checks.js';
import type { Check, DoctorProject, Finding } from './check.js';

/** Rounds of fixes one `--fix` plans: each round fixes what the one before left in a file it changed. */
const MAX_ROUNDS = 4;

/**
 * One plan for every fixable finding: each check plans its own. A file that two checks would both change is
 * changed by the first; the checks then run again on the files as the plan leaves them (`reload`, nothing
 * written), and the next round's change of that file builds on the first. So no edit is planned from a
 * text another edit replaces, and one run fixes everything it can.
 */
export function planFixes(
  project: DoctorProject,
  checks: readonly Check[],
  findings: readonly Finding[],
  force: boolean,
  reload: (planned: ReadonlyMap<string, string>) => DoctorProject,
): Plan {
  const plan = emptyPlan();
  let round = planRound(project, checks, findings, force);
  addParts(plan, round.plan);
  for (let count = 1; round.waiting.length > 0 && count < MAX_ROUNDS; count++) {
    const planned = new Map(plan.changes.map((change) => [change.path, change.after]));
    const next = reload(planned);
    round = planRound(next, checks, runChecks(next, checks), force);
    for (const change of round.plan.changes) addChange(plan, change);
    addNew(plan.skipped, round.plan.skipped);
    addNew(plan.manual, round.plan.manual);
    addNew(plan.notes, round.plan.notes);
  }
  for (const change of round.waiting) {
    plan.notes.push(`${change.path}: one more fix (${change.reason}) applies after this one: run doctor --fix again.`);
  }
  return plan;
}

/** One round: the changes of the first check to change each file, and the changes that wait for the next round. */
function planRound(
  project: DoctorProject,
  checks: readonly Check[],
  findings: readonly Finding[],
  force: boolean,
): { plan: Plan; waiting: FileChange[] } {
  const plan = emptyPlan();
  const waiting: FileChange[] = [];
  for (const check of checks) {
    const own = findings.filter((finding) => finding.fixable && check.codes.includes(finding.code));
    if (own.length === 0 || check.fix === undefined) continue;
    const part = check.fix(project, own, { force });
    for (const change of part.changes) {
      if (plan.changes.some((planned) => planned.path === change.path)) waiting.push(change);
      else plan.changes.push(change);
    }
    addParts(plan, { ...part, changes: [] });
  }
  return { plan, waiting };
}

function addParts(plan: Plan, part: Plan): void {
  plan.changes.push(...part.changes);
  plan.skipped.push(...part.skipped);
  plan.manual.push(...part.manual);
  plan.notes.push(...part.notes);
}

/** What a later round says that an earlier one did not (each round plans the fixes that are still needed). */
function addNew<T>(into: T[], items: readonly T[]): void {
  const known = new Set(into.map((item) => JSON.stringify(item)));
  for (const item of items) if (!known.has(JSON.stringify(item))) into.push(item);
}

/** A later round's change: a file changed already keeps its first `before`, and says both reasons. */
function addChange(plan: Plan, change: FileChange): void {
  const earlier = plan.changes.find((planned) => planned.path === change.path);
  if (earlier === undefined) {
    plan.changes.push(change);
    return;
  }
  earlier.after = change.after;
  earlier.reason = `${earlier.reason}; ${change.reason}`;
}
