import { renderGuard } from '../generate/guard.js';
import { planWholeFile } from '../plan/plan-file.js';
import { emptyPlan, type Plan } from '../plan/plan.js';
import { readGuardFacts } from '../project/guard-facts.js';
import type { DoctorProject, Finding } from './check.js';

export const TEMPLATE_FIX =
  '`doctor --fix --force` replaces the guard with the one init writes (the rest of its code goes: preview with --dry-run).';

/** The guard `init` writes, for the sign-in page this one redirects to: it replaces the user's only with --force. */
export function planGuardTemplate(project: DoctorProject, findings: readonly Finding[], force: boolean): Plan {
  const plan = emptyPlan();
  const files = project.info.setup.paths;
  for (const file of new Set(findings.map((finding) => finding.file))) {
    if (file !== files.guard) continue;
    const signInPath = readGuardFacts(project.parse(file)).signInPath ?? '/sign-in';
    planWholeFile(plan, project.info.files, file, renderGuard(project.info, files, signInPath), {
      force,
      reason: `the guard init writes: same response when signed in, cookies kept on the redirect to ${signInPath}`,
      skipReason: 'the guard is replaced only with --force (the rest of its code goes: preview with --fix --force --dry-run)',
    });
  }
  return plan;
}
