import { unifiedDiff } from '../plan/diff.js';
import type { PackageInstall, Plan } from '../plan/plan.js';
import type { Output } from './output.js';

export function printDiffs(out: Output, plan: Plan): void {
  for (const change of plan.changes) {
    for (const line of unifiedDiff(change).trimEnd().split('\n')) {
      if (line.startsWith('+') && !line.startsWith('+++')) out.line(out.color.green(line));
      else if (line.startsWith('-') && !line.startsWith('---')) out.line(out.color.red(line));
      else if (line.startsWith('@@')) out.line(out.color.cyan(line));
      else out.line(line);
    }
    out.line();
  }
}

/** Created / updated / skipped files, manual steps and notes; a dry run says "Would create". */
export function printPlanSummary(out: Output, plan: Plan, dryRun: boolean): void {
  const { color } = out;
  const created = plan.changes.filter((c) => c.kind === 'create');
  const updated = plan.changes.filter((c) => c.kind === 'update');
  if (created.length > 0) {
    out.line(color.bold(dryRun ? 'Would create' : 'Created'));
    for (const c of created) out.line(`  ${color.green('+')} ${c.path}  ${color.dim(c.reason)}`);
  }
  if (updated.length > 0) {
    out.line(color.bold(dryRun ? 'Would update' : 'Updated'));
    for (const c of updated) out.line(`  ${color.yellow('~')} ${c.path}  ${color.dim(c.reason)}`);
  }
  if (plan.skipped.length > 0) {
    out.line(color.bold('Skipped'));
    for (const s of plan.skipped) out.line(`  ${color.yellow('!')} ${s.path}: ${s.reason}`);
  }
  if (plan.manual.length > 0) {
    out.line(color.bold('Manual steps'));
    for (const step of plan.manual) {
      out.line(`  ${color.yellow('→')} ${step.path ? `${step.path}: ` : ''}${step.message}`);
      if (step.snippet) for (const line of step.snippet.split('\n')) out.line(`      ${color.cyan(line)}`);
    }
  }
  for (const note of plan.notes) out.warn(note);
}

export function planJson(plan: Plan) {
  return {
    created: plan.changes.filter((c) => c.kind === 'create').map((c) => c.path),
    updated: plan.changes.filter((c) => c.kind === 'update').map((c) => c.path),
    skipped: plan.skipped,
    manualSteps: plan.manual,
    notes: plan.notes,
  };
}

/** `install` and `packages` of a command's --json summary: what the plan installs, and whether it ran. */
export function installJson(install: PackageInstall | undefined, installed: string | null) {
  return {
    install: !install || install.command === null ? null : { command: installed ?? install.command, ran: installed !== null },
    packages: (install?.changes ?? []).map(({ name, from, spec, reason }) => ({ name, from, spec, reason })),
  };
}
