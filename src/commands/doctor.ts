import { ExitCode, UsageError } from '../errors.js';
import { checks } from '../doctor/checks/index.js';
import { planFixes } from '../doctor/fix-plan.js';
import { loadDoctorProject } from '../doctor/project.js';
import { findingsJson, printFindings } from '../doctor/report.js';
import { fails, runChecks } from '../doctor/run-checks.js';
import type { Output } from '../ui/output.js';
import { planJson } from '../ui/plan-output.js';
import type { CommonOptions } from './common.js';
import { executePlan, type FlowOutcome } from './plan-flow.js';

export interface DoctorOptions extends CommonOptions {
  fix: boolean;
  strict: boolean;
}

/** Audits the project's Amplify SSR setup; with --fix, applies the fixes the other commands know how to make. */
export async function runDoctor(options: DoctorOptions, out: Output): Promise<number> {
  if (!options.fix) {
    const flag = options.dryRun ? '--dry-run' : options.force ? '--force' : undefined;
    if (flag !== undefined)
      throw new UsageError(`${flag} only applies to doctor --fix: doctor alone writes nothing.`, `Run amplify-next doctor --fix ${flag}.`);
  }
  let project = loadDoctorProject(options.cwd);
  let findings = runChecks(project, checks);
  let fix: ({ outcome: FlowOutcome } & ReturnType<typeof planJson>) | undefined;

  if (options.fix) {
    const plan = planFixes(project, checks, findings, options.force, (planned) => loadDoctorProject(options.cwd, { planned }));
    const manual = findings.filter((finding) => !finding.fixable).length;
    if (manual > 0)
      plan.notes.push(`${manual} finding${manual === 1 ? '' : 's'} need${manual === 1 ? 's' : ''} a change by hand: listed below.`);
    // Not "Already set up": the findings a hand has to fix are listed below.
    const nothingToDo = manual > 0 ? 'Nothing to fix automatically.' : undefined;
    const { outcome } = await executePlan(plan, project.info, options, out, { nothingToDo });
    fix = { outcome, ...planJson(plan) };
    if (outcome === 'applied') {
      project = loadDoctorProject(options.cwd);
      findings = runChecks(project, checks);
    }
    out.line();
  }

  printFindings(out, findings, { fixHint: !options.fix });
  if (options.json) {
    out.printJson({
      command: 'doctor',
      strict: options.strict,
      ...findingsJson(findings),
      ...(fix ? { fix: { dryRun: options.dryRun, ...fix } } : {}),
    });
  }
  return fails(findings, options.strict) ? ExitCode.failed : ExitCode.ok;
}
