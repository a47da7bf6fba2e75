import { CliError, ProjectError } from '../errors.js';
import { lowestAdapter, type AdapterNeed } from '../install/adapter-matrix.js';
import { ADAPTER, AMPLIFY, formatCommand, installCommand } from '../install/dependencies.js';
import { installPackages, npmRegistry, RegistryError } from '../install/install.js';
import { adapterProblem, describe, resolvePackages, upgradeLine, type PackageChange } from '../install/resolve-packages.js';
import type { ProjectInfo } from '../project/detect.js';
import { projectPackage } from '../project/package-versions.js';
import type { Output } from '../ui/output.js';
import { installChanges } from '../run-state.js';
import type { FlowOutcome, FlowSteps } from './plan-flow.js';

/** The packages a command installs or upgrades, decided before anything is previewed or written. */
export interface PackageStep {
  changes: PackageChange[];
  /** The install command, `null` when nothing is to be installed. */
  command: string | null;
  /** What the summary says about them: upgrades, and a registry that could not be read. */
  notes: string[];
  skipInstall: boolean;
  /** The command that ran, once it has. */
  installed: string | null;
}

/**
 * Resolves the packages the same way for a dry run, `--skip-install` and a real run, so all three print the
 * same command and the same reasons. Only `--skip-install` survives an unreachable registry: it then prints
 * the packages without versions and says so.
 */
export async function planPackages(info: ProjectInfo, needs: AdapterNeed[], skipInstall: boolean): Promise<PackageStep> {
  const input = {
    nextVersion: info.next.version,
    needs,
    amplify: projectPackage(info.root, info.packageJson, AMPLIFY),
    adapter: projectPackage(info.root, info.packageJson, ADAPTER),
  };
  const notes: string[] = [];
  let changes: PackageChange[];
  try {
    changes = await resolvePackages(input, npmRegistry(info.root));
  } catch (error) {
    // --skip-install installs nothing, so it writes the files and leaves the packages to the user, told why.
    if (!(error instanceof ProjectError) || !skipInstall) throw error;
    const problem = adapterProblem(input);
    changes = [
      ...(input.amplify ? [] : [{ name: AMPLIFY, from: null, spec: AMPLIFY, reason: 'not declared yet' }]),
      ...(problem ? [{ name: ADAPTER, from: describe(input.adapter), spec: ADAPTER, reason: problem }] : []),
    ];
    const lowest = lowestAdapter(needs);
    notes.push(
      error instanceof RegistryError
        ? `${error.message} The install command below names no versions: pick an ${ADAPTER} release${lowest ? ` from ${lowest} on` : ''} whose peer dependencies accept Next.js ${info.next.version}.`
        : `${error.message} ${error.hint ?? ''}`.trim(),
    );
  }
  for (const change of changes) {
    const line = upgradeLine(change);
    if (line) notes.push(line);
  }
  const specs = changes.map((change) => change.spec);
  const command = specs.length > 0 ? formatCommand(installCommand(info.packageManager.name, specs)) : null;
  return { changes, command, notes, skipInstall, installed: null };
}

/** The flow steps that install the packages after confirmation and before any file is written. */
export function installFlowSteps(info: ProjectInfo, step: PackageStep, out: Output, rerun: string): FlowSteps {
  const willInstall = step.command !== null && !step.skipInstall;
  return {
    pendingWork: willInstall ? `install ${step.changes.map((change) => change.spec).join(', ')}` : undefined,
    dryRunLines: step.command ? [`Would run: ${step.command}${step.skipInstall ? ' (skipped: --skip-install)' : ''}`] : [],
    beforeApply: async () => {
      if (!willInstall) return;
      step.installed = await installPackages(info, step.changes.map((change) => change.spec), out, rerun);
    },
  };
}

/** A failure after the install names what the install already changed. */
export function afterInstallError(step: PackageStep, error: unknown): unknown {
  if (step.installed === null || !(error instanceof CliError)) return error;
  const changed = installChanges()?.changed ?? [];
  const byInstall = changed.length > 0 ? `had already changed ${changed.join(', ')}` : 'had run (package.json and the lockfiles are unchanged)';
  const what = error.message.replace(/;? nothing was (changed|written)\.?$/, '');
  const message =
    what === error.message
      ? `${error.message.replace(/\.$/, '')}; but \`${step.installed}\` ${byInstall}.`
      : `${what}: no file was written, but \`${step.installed}\` ${byInstall}.`;
  return new ProjectError(message, error.hint);
}

export function printPackageOutcome(out: Output, step: PackageStep, outcome: FlowOutcome): void {
  if (step.installed) out.line(`${out.color.green('✔')} Installed with: ${step.installed}`);
  else if (step.command && outcome !== 'dry-run') {
    const upgrade = step.changes.some((change) => change.from !== null);
    out.line(`${upgrade ? 'Install or upgrade' : 'Install'} the Amplify packages: ${step.command}`);
  }
}

/** `install` and `packages` of a command's --json summary. */
export function packageJson(step: PackageStep) {
  return {
    install: step.command === null ? null : { command: step.installed ?? step.command, ran: step.installed !== null },
    packages: step.changes.map(({ name, from, spec, reason }) => ({ name, from, spec, reason })),
  };
}
