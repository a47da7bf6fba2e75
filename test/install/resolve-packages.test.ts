import fs from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { adapterNeeds } from '../../src/install/adapter-matrix.js';
import type { AdapterRelease } from '../../src/install/dependencies.js';
import { resolvePackages, upgradeLine, type Registry, type ResolveInput } from '../../src/install/resolve-packages.js';
import type { ProjectPackage } from '../../src/project/package-versions.js';
import { ADAPTER_RELEASES, AMPLIFY_VERSIONS } from '../helpers/registry.js';

// Recorded from the registry: every adapter release with its peers, every aws-amplify version.
const releases = JSON.parse(fs.readFileSync(ADAPTER_RELEASES, 'utf8')) as AdapterRelease[];
const amplifyVersions = JSON.parse(fs.readFileSync(AMPLIFY_VERSIONS, 'utf8')) as string[];

function recorded(): Registry & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async adapterReleases() {
      asked.push('adapter');
      return releases;
    },
    async amplifyVersions() {
      asked.push('aws-amplify');
      return amplifyVersions;
    },
  };
}

const peersOf = (version: string) => releases.find((r) => r.version === version)!.peerDependencies;
const installedAdapter = (version: string): ProjectPackage => ({
  name: '@aws-amplify/adapter-nextjs',
  version,
  source: 'installed',
  spec: `^${version}`,
  peerDependencies: peersOf(version),
});
const installedAmplify = (version: string): ProjectPackage => ({
  name: 'aws-amplify',
  version,
  source: 'installed',
  spec: `^${version}`,
  peerDependencies: {},
});

function input(nextVersion: string, authRoutes: boolean, rest: Partial<ResolveInput> = {}): ResolveInput {
  return { nextVersion, needs: adapterNeeds(semver.major(nextVersion), { authRoutes }), ...rest };
}

describe('the adapter matrix agrees with the recorded releases', () => {
  const firstAccepting = (next: string) =>
    releases
      .filter((r) => !semver.prerelease(r.version) && semver.satisfies(next, r.peerDependencies?.next ?? '*'))
      .map((r) => r.version)
      .sort(semver.compare)[0];

  it('Next.js 15 needs 1.3.0 and Next.js 16 needs 1.7.0: the first releases whose next peer accepts them', () => {
    expect(adapterNeeds(15, { authRoutes: false }).map((n) => n.version)).toEqual([firstAccepting('15.0.0')]);
    expect(adapterNeeds(16, { authRoutes: false }).map((n) => n.version)).toEqual([firstAccepting('16.0.0')]);
    expect(firstAccepting('15.0.0')).toBe('1.3.0');
    expect(firstAccepting('16.0.0')).toBe('1.7.0');
  });

  it('adapter 1.8.x needs aws-amplify 6.21.0 or later', () => {
    expect(peersOf('1.8.0')?.['aws-amplify']).toBe('^6.21.0');
  });

  it('the auth routes need 1.5.0 (createAuthRouteHandlers) and 1.7.3 (email usernames)', () => {
    expect(adapterNeeds(14, { authRoutes: true }).map((n) => n.version)).toEqual(['1.5.0', '1.7.3']);
  });
});

describe('resolvePackages on recorded registry data', () => {
  it('asks the registry nothing when the project already has what the code needs', async () => {
    const registry = recorded();
    const changes = await resolvePackages(
      input('15.5.29', false, { adapter: installedAdapter('1.4.3'), amplify: installedAmplify('6.15.0') }),
      registry,
    );
    expect(changes).toEqual([]);
    expect(registry.asked).toEqual([]);
  });

  it('installs both, the adapter at the newest release, when neither is declared', async () => {
    const changes = await resolvePackages(input('16.4.6', false), recorded());
    expect(changes.map((c) => c.spec)).toEqual(['aws-amplify', '@aws-amplify/adapter-nextjs@^1.8.0']);
  });

  it('on Next.js 16 keeps to an adapter that accepts the installed aws-amplify, exactly when newer ones would not', async () => {
    const changes = await resolvePackages(input('16.4.6', false, { amplify: installedAmplify('6.15.10') }), recorded());
    expect(changes.map((c) => c.spec)).toEqual(['@aws-amplify/adapter-nextjs@1.7.1']);
  });

  it('a too-old installed adapter (1.2.11) is upgraded for the auth routes, every unmet need named', async () => {
    const changes = await resolvePackages(
      input('15.1.6', true, { adapter: installedAdapter('1.2.11'), amplify: installedAmplify('6.22.1') }),
      recorded(),
    );
    expect(changes).toEqual([
      {
        name: '@aws-amplify/adapter-nextjs',
        from: '1.2.11 (installed)',
        spec: '@aws-amplify/adapter-nextjs@^1.8.0',
        reason:
          'too old: server-side sign-in and sign-out of users whose username is an email address (amplify-js#14666, #14781) needs 1.7.3 or later; createAuthRouteHandlers (without it next build fails on the auth routes) needs 1.5.0 or later; Next.js 15 (the first release that accepts it and awaits the async cookies()) needs 1.3.0 or later',
      },
    ]);
  });

  it('an adapter with createAuthRouteHandlers but without the email-username fix (1.6.12) is upgraded for that alone', async () => {
    const [change] = await resolvePackages(
      input('14.2.35', true, { adapter: installedAdapter('1.6.12'), amplify: installedAmplify('6.22.1') }),
      recorded(),
    );
    expect(change!.reason).toBe(
      'too old: server-side sign-in and sign-out of users whose username is an email address (amplify-js#14666, #14781) needs 1.7.3 or later',
    );
  });

  it('Next.js 16 with adapter 1.6.12: too old for Next.js 16', async () => {
    const [change] = await resolvePackages(
      input('16.4.6', false, { adapter: installedAdapter('1.6.12'), amplify: installedAmplify('6.16.0') }),
      recorded(),
    );
    expect(change).toMatchObject({
      from: '1.6.12 (installed)',
      reason: 'too old: Next.js 16 (the first release that accepts it) needs 1.7.0 or later',
    });
    expect(change!.spec).toBe('@aws-amplify/adapter-nextjs@1.7.1');
  });

  it('raises aws-amplify 6.6.6 to 6.22.1 when the adapter the code needs asks for it, and says so', async () => {
    const changes = await resolvePackages(
      input('16.4.6', true, { adapter: installedAdapter('1.2.11'), amplify: installedAmplify('6.6.6') }),
      recorded(),
    );
    expect(changes.map((c) => c.spec)).toEqual(['aws-amplify@^6.22.1', '@aws-amplify/adapter-nextjs@^1.8.0']);
    expect(upgradeLine(changes[0]!)).toBe(
      'aws-amplify 6.6.6 (installed) → ^6.22.1: @aws-amplify/adapter-nextjs 1.8.0 needs aws-amplify ^6.21.0.',
    );
  });

  it('raises aws-amplify for an installed adapter 1.8.0 whose peer the installed 6.15.0 does not meet', async () => {
    const changes = await resolvePackages(
      input('15.5.29', false, { adapter: installedAdapter('1.8.0'), amplify: installedAmplify('6.15.0') }),
      recorded(),
    );
    expect(changes).toEqual([
      {
        name: 'aws-amplify',
        from: '6.15.0 (installed)',
        spec: 'aws-amplify@^6.22.1',
        reason: '@aws-amplify/adapter-nextjs 1.8.0 needs aws-amplify ^6.21.0',
      },
    ]);
  });

  it('judges a declared adapter that is not installed by the lowest version its range allows', async () => {
    const declared: ProjectPackage = { name: '@aws-amplify/adapter-nextjs', version: '1.2.11', source: 'declared', spec: '^1.2.11' };
    const [change] = await resolvePackages(input('15.1.6', true, { adapter: declared, amplify: installedAmplify('6.22.1') }), recorded());
    expect(change).toMatchObject({ from: '^1.2.11 (declared)', spec: '@aws-amplify/adapter-nextjs@^1.8.0' });
  });

  it('never raises aws-amplify across a major: a v5 app gets the same refusal in every mode', async () => {
    const v5: ProjectPackage = { name: 'aws-amplify', version: '5.3.0', source: 'declared', spec: '^5.3.0' };
    await expect(resolvePackages(input('14.2.35', false, { amplify: v5 }), recorded())).rejects.toThrow(
      'No @aws-amplify/adapter-nextjs release accepts Next.js 14.2.35 with aws-amplify ^5.3.0.',
    );
  });
});
