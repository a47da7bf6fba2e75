import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { chooseAdapterSpec, formatCommand, installCommand, type AdapterRelease } from '../../src/install/dependencies.js';
import { REPO } from '../helpers/cli.js';

// What `npm view '@aws-amplify/adapter-nextjs@>=1.0.0' version peerDependencies --json` answered (81 releases).
const releases = JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/adapter-nextjs-releases.json'), 'utf8')) as AdapterRelease[];

describe('chooseAdapterSpec', () => {
  it.each(['13.5.6', '14.2.35', '15.0.0', '15.5.29'])(
    'takes the newest adapter for Next.js %s when aws-amplify is not declared yet',
    (next) => {
      expect(chooseAdapterSpec(releases, next, undefined)).toBe('@aws-amplify/adapter-nextjs@^1.8.0');
    },
  );

  it('keeps to an adapter whose aws-amplify peer accepts the pinned aws-amplify, exactly when newer ones would not', () => {
    expect(chooseAdapterSpec(releases, '14.2.35', '6.15.10')).toBe('@aws-amplify/adapter-nextjs@1.7.1');
  });

  it('accepts a declared aws-amplify range that can meet the newest peer', () => {
    expect(chooseAdapterSpec(releases, '15.1.0', '^6.15.0')).toBe('@aws-amplify/adapter-nextjs@^1.8.0');
  });

  it('never picks a release whose next peer excludes the project', () => {
    const only14 = releases.filter((r) => r.peerDependencies?.next === '>=13.5.0 <15.0.0');
    expect(chooseAdapterSpec(only14, '15.0.0', undefined)).toBeUndefined();
    const spec = chooseAdapterSpec(only14, '14.0.0', '6.0.7')!;
    const version = spec.split('@').pop()!.replace('^', '');
    const release = only14.find((r) => r.version === version)!;
    expect(semver.satisfies('14.0.0', release.peerDependencies!.next!)).toBe(true);
    expect(semver.satisfies('6.0.7', release.peerDependencies!['aws-amplify']!)).toBe(true);
  });
});

describe('install commands', () => {
  it.each([
    ['npm', 'npm install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0'],
    ['pnpm', 'pnpm add aws-amplify @aws-amplify/adapter-nextjs@^1.8.0'],
    ['yarn', 'yarn add aws-amplify @aws-amplify/adapter-nextjs@^1.8.0'],
    ['bun', 'bun add aws-amplify @aws-amplify/adapter-nextjs@^1.8.0'],
  ] as const)('%s', (manager, expected) => {
    expect(formatCommand(installCommand(manager, ['aws-amplify', '@aws-amplify/adapter-nextjs@^1.8.0']))).toBe(expected);
  });
});
