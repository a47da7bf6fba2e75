import { ProjectError } from '../errors.js';
import type { PackageInstall } from '../plan/plan.js';
import type { ProjectInfo } from '../project/detect.js';
import { projectPackage } from '../project/package-versions.js';
import { lowestAdapter, type AdapterNeed } from './adapter-matrix.js';
import { ADAPTER, AMPLIFY, formatCommand, installCommand } from './dependencies.js';
import { npmRegistry, RegistryError } from './install.js';
import { adapterProblem, describe, resolvePackages, upgradeLine, type PackageChange } from './resolve-packages.js';

/**
 * The packages a command installs or upgrades, with what the summary says about them (upgrades, a registry
 * that could not be read). Resolved the same way for a dry run, `--skip-install` and a real run, so all
 * three print the same command and the same reasons. Only `--skip-install` survives an unreachable
 * registry: it then names the packages without versions and says so.
 */
export async function planPackages(
  info: ProjectInfo,
  needs: AdapterNeed[],
  options: { skipInstall: boolean; rerun: string },
): Promise<{ install: PackageInstall; notes: string[] }> {
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
    if (!(error instanceof ProjectError) || !options.skipInstall) throw error;
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
  return { install: { changes, command, skipInstall: options.skipInstall, rerun: options.rerun }, notes };
}
