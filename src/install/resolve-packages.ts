import semver from 'semver';
import { ProjectError } from '../errors.js';
import type { ProjectPackage } from '../project/package-versions.js';
import { lowestAdapter, unmetNeeds, type AdapterNeed } from './adapter-matrix.js';
import { ADAPTER, AMPLIFY, chooseAdapter, type AdapterRelease } from './dependencies.js';

/** The registry data a resolution may need; asked for only when a package has to be installed. */
export interface Registry {
  adapterReleases(): Promise<AdapterRelease[]>;
  amplifyVersions(): Promise<string[]>;
}

/** One package to install or upgrade. */
export interface PackageChange {
  name: string;
  /** What the project has now (`1.2.11 (installed)`), `null` when it does not declare the package. */
  from: string | null;
  /** The spec passed to the package manager, e.g. `@aws-amplify/adapter-nextjs@^1.8.0`. */
  spec: string;
  /** Why it is installed or upgraded. */
  reason: string;
}

export interface ResolveInput {
  nextVersion: string;
  needs: AdapterNeed[];
  amplify?: ProjectPackage;
  adapter?: ProjectPackage;
}

/**
 * The Amplify packages to install or upgrade so that the generated code runs: a missing package, an adapter
 * older than what the code needs or whose peers reject the project's Next.js, and an aws-amplify older than
 * the adapter's peer (raised within its major, never across it). Nothing, and no registry request, when
 * the project already has what it needs.
 */
export async function resolvePackages(input: ResolveInput, registry: Registry): Promise<PackageChange[]> {
  const { amplify, adapter, nextVersion } = input;
  const changes: PackageChange[] = [];
  if (amplify === undefined) changes.push({ name: AMPLIFY, from: null, spec: AMPLIFY, reason: 'not declared yet' });
  const problem = adapterProblem(input);
  if (problem === null) {
    const peer = adapter?.peerDependencies?.[AMPLIFY];
    if (amplify?.version && peer && !semver.satisfies(amplify.version, peer)) {
      const raise = await raiseAmplify(amplify, adapter!.version!, peer, registry);
      if (!raise) {
        throw new ProjectError(
          `${ADAPTER} ${adapter!.version} needs aws-amplify ${peer}, and no aws-amplify ${semver.major(amplify.version)}.x release meets it (the project has ${describe(amplify)}).`,
          'Upgrade aws-amplify (npm install aws-amplify@latest), then run again.',
        );
      }
      changes.push(raise);
    }
    return changes;
  }

  const releases = await registry.adapterReleases();
  const lowest = lowestAdapter(input.needs);
  const amplifyNow = amplify && (amplify.source === 'installed' ? amplify.version : amplify.spec);
  const fitting = chooseAdapter(releases, nextVersion, amplifyNow, lowest);
  if (fitting) {
    changes.push({ name: ADAPTER, from: describe(adapter), spec: fitting.spec, reason: problem });
    return changes;
  }
  const newest = chooseAdapter(releases, nextVersion, undefined, lowest);
  const peer = newest?.release.peerDependencies?.[AMPLIFY];
  const raise = newest && amplify?.version && peer ? await raiseAmplify(amplify, newest.release.version, peer, registry) : undefined;
  if (newest && raise) {
    changes.push(raise, { name: ADAPTER, from: describe(adapter), spec: newest.spec, reason: problem });
    return changes;
  }
  throw new ProjectError(
    `No ${ADAPTER} release${lowest ? ` from ${lowest} on` : ''} accepts Next.js ${nextVersion}${amplifyNow ? ` with aws-amplify ${amplifyNow}` : ''}.`,
    'Upgrade aws-amplify (npm install aws-amplify@latest), then run again.',
  );
}

/** Why the adapter must be installed or upgraded; `null` when the project's adapter will do. */
export function adapterProblem({ adapter, needs, nextVersion }: ResolveInput): string | null {
  if (adapter === undefined) return 'not declared yet';
  // A declared spec we cannot read (a tag, a workspace link) is the user's choice: nothing to compare.
  if (adapter.version === undefined) return null;
  const unmet = unmetNeeds(adapter.version, needs);
  if (unmet.length > 0) return `too old: ${unmet.map((need) => `${need.why} needs ${need.version} or later`).join('; ')}`;
  const nextPeer = adapter.peerDependencies?.next;
  if (nextPeer && !semver.satisfies(nextVersion, nextPeer, { includePrerelease: true })) {
    return `its peer dependencies accept next ${nextPeer}, not Next.js ${nextVersion}`;
  }
  return null;
}

/** aws-amplify at the newest release of its own major that the adapter's peer accepts (none: a new major is the user's move). */
async function raiseAmplify(
  amplify: ProjectPackage,
  adapterVersion: string,
  peer: string,
  registry: Registry,
): Promise<PackageChange | undefined> {
  const major = semver.major(amplify.version!);
  if (!semver.intersects(`^${major}.0.0`, peer)) return undefined;
  const versions = (await registry.amplifyVersions()).filter((v) => semver.valid(v) && !semver.prerelease(v) && semver.major(v) === major);
  const target = semver.maxSatisfying(versions, peer);
  if (target === null) return undefined;
  return {
    name: AMPLIFY,
    from: describe(amplify),
    spec: `${AMPLIFY}@^${target}`,
    reason: `${ADAPTER} ${adapterVersion} needs aws-amplify ${peer}`,
  };
}

export function describe(pkg: ProjectPackage | undefined): string | null {
  if (pkg === undefined) return null;
  return pkg.source === 'installed' ? `${pkg.version} (installed)` : `${pkg.spec} (declared)`;
}

/** The line that says what an upgrade does: `aws-amplify 6.6.6 (installed) → ^6.22.1: … needs aws-amplify ^6.21.0.` */
export function upgradeLine(change: PackageChange): string | undefined {
  if (change.from === null) return undefined;
  const to = change.spec.slice(change.name.length + 1);
  return `${change.name} ${change.from} → ${to}: ${change.reason}.`;
}
