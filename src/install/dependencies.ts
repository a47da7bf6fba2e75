import semver from 'semver';
import type { PackageManagerName } from '../project/package-manager.js';

export const AMPLIFY = 'aws-amplify';
export const ADAPTER = '@aws-amplify/adapter-nextjs';

export function installCommand(manager: PackageManagerName, specs: string[]): { command: string; args: string[] } {
  const verb = manager === 'npm' ? 'install' : 'add';
  return { command: manager, args: [verb, ...specs] };
}

export function formatCommand({ command, args }: { command: string; args: string[] }): string {
  return [command, ...args.map((arg) => (/^[\w@/.^~=<>:-]+$/.test(arg) && !/[<>]/.test(arg) ? arg : `'${arg}'`))].join(' ');
}

export interface AdapterRelease {
  version: string;
  peerDependencies?: Record<string, string>;
}

/**
 * The newest adapter release, at least `lowest`, whose `peerDependencies` accept the project's Next.js and,
 * when the project already has aws-amplify, its version (so npm never answers ERESOLVE). The spec to install
 * is a caret range when every newer release in it is compatible too, the exact version otherwise.
 */
export function chooseAdapter(
  releases: AdapterRelease[],
  nextVersion: string,
  amplify: string | undefined,
  lowest = '0.0.0',
): { release: AdapterRelease; spec: string } | undefined {
  const fits = (release: AdapterRelease) => {
    const peers = release.peerDependencies ?? {};
    if (semver.prerelease(release.version) || semver.lt(release.version, lowest)) return false;
    if (peers.next && !semver.satisfies(nextVersion, peers.next, { includePrerelease: true })) return false;
    if (amplify && peers['aws-amplify'] && !amplifyFits(amplify, peers['aws-amplify'])) return false;
    return true;
  };
  const sorted = releases.filter((r) => semver.valid(r.version)).sort((a, b) => semver.rcompare(a.version, b.version));
  const best = sorted.find(fits);
  if (!best) return undefined;
  const caret = `^${best.version}`;
  const caretIsSafe = sorted.filter((r) => semver.satisfies(r.version, caret)).every(fits);
  return { release: best, spec: `${ADAPTER}@${caretIsSafe ? caret : best.version}` };
}

export function chooseAdapterSpec(
  releases: AdapterRelease[],
  nextVersion: string,
  amplify: string | undefined,
  lowest?: string,
): string | undefined {
  return chooseAdapter(releases, nextVersion, amplify, lowest)?.spec;
}

/** Whether an aws-amplify version (or declared range) meets an adapter's aws-amplify peer. */
export function amplifyFits(declared: string, peer: string): boolean {
  const exact = semver.valid(declared);
  if (exact) return semver.satisfies(exact, peer);
  if (semver.validRange(declared) === null) return true;
  return semver.intersects(declared, peer);
}

/** Whether an aws-amplify version or range is older than v6 (which what we generate needs). */
export function predatesV6(spec: string): boolean {
  if (semver.validRange(spec) === null) return false;
  const lowest = semver.minVersion(spec);
  return lowest !== null && lowest.major < 6;
}

/** A declared aws-amplify older than v6 cannot run what init generates, nor take the adapter. */
export function amplifyVersionNote(spec: string | undefined): string | undefined {
  if (spec === undefined || !predatesV6(spec)) return undefined;
  return `aws-amplify ${spec} is declared, but the generated code needs v6: npm install aws-amplify@6 (then npx amplify-next migrate-v5 for withSSRContext code).`;
}
