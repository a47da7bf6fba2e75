import { CancelledError, CliError, ProjectError } from '../errors.js';
import { installPackages } from '../install/install.js';
import { applyChanges, checkWritable } from '../plan/apply.js';
import { confinePlan } from '../plan/confine.js';
import type { PackageInstall, Plan } from '../plan/plan.js';
import { NothingWrittenError } from '../plan/write-error.js';
import type { SourceProject } from '../project/detect.js';
import { installChanges } from '../run-state.js';
import type { Output } from '../ui/output.js';
import { confirm } from '../ui/prompt.js';
import { printDiffs, printPlanSummary } from '../ui/plan-output.js';
import { isInteractive, type CommonOptions } from './common.js';

export type FlowOutcome = 'nothing-to-do' | 'dry-run' | 'applied';

export interface FlowResult {
  outcome: FlowOutcome;
  /** The install command that ran, `null` when none did. */
  installed: string | null;
}

/** How a command shows its plan, when it shows more than the plan summary (migrate-v5's report). */
export interface PlanView {
  /** Prints what the plan did, or with `dryRun` would do (default: the plan summary). */
  summary?: (plan: Plan, dryRun: boolean) => void;
  /** Whether a plan with nothing to write says so in a line of its own (default: true). */
  saysNothingToDo?: boolean;
  /** That line, when the command's own words fit better than "Already set up". */
  nothingToDo?: string;
}

/**
 * detect → plan → (preview | confirm) → apply → report: the path every command's plan takes. The packages
 * of `plan.install` are installed after the confirmation and before any file is written; a target that
 * cannot be written fails the run before the install changes anything.
 */
export async function executePlan(
  plan: Plan,
  info: Pick<SourceProject, 'root' | 'packageManager'>,
  options: CommonOptions,
  out: Output,
  view: PlanView = {},
): Promise<FlowResult> {
  const summary = view.summary ?? ((shown: Plan, dryRun: boolean) => printPlanSummary(out, shown, dryRun));
  confinePlan(plan, info.root);
  const install = plan.install;
  const willInstall = install !== undefined && install.command !== null && !install.skipInstall;
  if (plan.changes.length === 0 && !willInstall) {
    summary(plan, options.dryRun);
    if (view.saysNothingToDo !== false) {
      const leftToYou = plan.skipped.length > 0 || plan.manual.length > 0;
      if (view.nothingToDo !== undefined) out.line(view.nothingToDo);
      else out.line(leftToYou ? 'Nothing to write: what is left is listed above.' : out.color.green('✔ Already set up: nothing to do.'));
    } else if (options.dryRun) {
      out.line(out.color.dim(dryRunFooter(install)));
    }
    printInstallOutcome(out, install, null, 'nothing-to-do');
    return { outcome: 'nothing-to-do', installed: null };
  }
  if (options.dryRun) {
    printDiffs(out, plan);
    summary(plan, true);
    if (install?.command) out.line(`Would run: ${install.command}${install.skipInstall ? ' (skipped: --skip-install)' : ''}`);
    out.line(out.color.dim(dryRunFooter(install)));
    return { outcome: 'dry-run', installed: null };
  }
  if (isInteractive(options)) {
    summary(plan, true);
    const what = [
      plan.changes.length > 0 ? `write ${plan.changes.length} file${plan.changes.length === 1 ? '' : 's'}` : '',
      willInstall ? `install ${install.changes.map((change) => change.spec).join(', ')}` : '',
    ].filter(Boolean);
    if (!(await confirm(`${capitalize(what.join(' and '))}?`))) throw new CancelledError();
  }
  // A target we may not write fails the run before a package install changes anything.
  if (willInstall) checkWritable(info.root, plan.changes);
  const installed = willInstall
    ? await installPackages(
        info,
        install.changes.map((change) => change.spec),
        out,
        install.rerun,
      )
    : null;
  try {
    applyChanges(info.root, plan.changes);
  } catch (error) {
    throw installed === null ? error : afterInstallError(installed, error);
  }
  summary(plan, false);
  printInstallOutcome(out, install, installed, 'applied');
  return { outcome: 'applied', installed };
}

/** A failure after the install names what the install already changed. */
function afterInstallError(installed: string, error: unknown): unknown {
  if (!(error instanceof CliError)) return error;
  const changed = installChanges()?.changed ?? [];
  const byInstall =
    changed.length > 0 ? `had already changed ${changed.join(', ')}` : 'had run (package.json and the lockfiles are unchanged)';
  const message =
    error instanceof NothingWrittenError
      ? `${error.problem}: no file was written, but \`${installed}\` ${byInstall}.`
      : `${error.message.replace(/\.$/, '')}; but \`${installed}\` ${byInstall}.`;
  return new ProjectError(message, error.hint);
}

function printInstallOutcome(out: Output, install: PackageInstall | undefined, installed: string | null, outcome: FlowOutcome): void {
  if (installed) out.line(`${out.color.green('✔')} Installed with: ${installed}`);
  else if (install?.command && outcome !== 'dry-run') {
    const upgrade = install.changes.some((change) => change.from !== null);
    out.line(`${upgrade ? 'Install or upgrade' : 'Install'} the Amplify packages: ${install.command}`);
  }
}

function dryRunFooter(install: PackageInstall | undefined): string {
  return `Dry run: nothing was written${install === undefined ? '' : ' or installed'}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
