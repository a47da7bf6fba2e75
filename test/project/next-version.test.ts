import { afterEach, describe, expect, it } from 'vitest';
import { detectNextVersion, SUPPORTED_NEXT_RANGE } from '../../src/project/next-version.js';
import { readPackageJson } from '../../src/project/package-json.js';
import { cleanupTrees, installed, makeTree, packageJson } from '../helpers/tree.js';

afterEach(cleanupTrees);

function detect(files: Record<string, string>) {
  const root = makeTree(files);
  return detectNextVersion(root, readPackageJson(root));
}

describe('detectNextVersion', () => {
  it.each([
    ['13.5.6', '13.5.6', 13],
    ['^14.2.3', '14.2.3', 14],
    ['~15.1.0', '15.1.0', 15],
    ['>=14.0.0 <15', '14.0.0', 14],
  ])('reads the lowest version that "next": "%s" allows when next is not installed', (spec, version, major) => {
    expect(detect({ 'package.json': packageJson({ next: spec }) })).toEqual({ version, major, source: 'declared' });
  });

  it('prefers the installed version over the declared range', () => {
    const files = { 'package.json': packageJson({ next: '^14.0.0' }), ...installed('next', '14.2.35') };
    expect(detect(files)).toEqual({ version: '14.2.35', major: 14, source: 'installed' });
  });

  it('finds next declared in devDependencies', () => {
    const pkg = JSON.stringify({ name: 'x', devDependencies: { next: '15.0.3' } });
    expect(detect({ 'package.json': pkg }).version).toBe('15.0.3');
  });

  it.each(['latest', 'canary', 'workspace:*', 'catalog:', 'github:vercel/next.js'])(
    'asks to install dependencies for the unresolvable spec "%s"',
    (spec) => {
      expect(() => detect({ 'package.json': packageJson({ next: spec }) })).toThrow(/Cannot tell which Next.js version/);
    },
  );

  it('resolves "latest" through the installed package', () => {
    const files = { 'package.json': packageJson({ next: 'latest' }), ...installed('next', '15.5.29') };
    expect(detect(files).version).toBe('15.5.29');
  });

  it.each([
    ['16.0.1', '16.0.1'],
    ['^16.4.6', '16.4.6'],
  ])('accepts Next.js 16 ("next": "%s")', (spec, version) => {
    expect(detect({ 'package.json': packageJson({ next: spec }) })).toEqual({ version, major: 16, source: 'declared' });
  });

  it('accepts a canary of the newest major', () => {
    const files = { 'package.json': packageJson({ next: 'canary' }), ...installed('next', '16.5.0-canary.38') };
    expect(detect(files)).toMatchObject({ version: '16.5.0-canary.38', major: 16 });
  });

  it.each(['17.0.0', '17.0.0-canary.1', '18.1.0'])('refuses Next.js %s in one line naming the range', (version) => {
    const files = { 'package.json': packageJson({ next: 'canary' }), ...installed('next', version) };
    expect(() => detect(files)).toThrow(`Next.js ${version} found, but amplify-next supports >=13.5.0 <17.0.0 (Next.js 13.5–16).`);
  });

  it.each(['13.4.19', '12.3.4'])('names the version and the supported range for %s', (version) => {
    expect(() => detect({ 'package.json': packageJson({ next: version }) })).toThrow(
      `Next.js ${version} found, but amplify-next supports ${SUPPORTED_NEXT_RANGE}.`,
    );
  });

  it('accepts a 15.x canary that is installed', () => {
    const files = { 'package.json': packageJson({ next: 'canary' }), ...installed('next', '15.6.0-canary.3') };
    expect(detect(files)).toMatchObject({ version: '15.6.0-canary.3', major: 15 });
  });

  it('refuses a package.json without next', () => {
    expect(() => detect({ 'package.json': packageJson({ react: '19.0.0' }) })).toThrow(/does not declare "next"/);
  });
});

describe('readPackageJson', () => {
  it('explains a missing package.json', () => {
    expect(() => readPackageJson(makeTree({}))).toThrow(/No package\.json in /);
  });

  it('explains a broken package.json', () => {
    expect(() => readPackageJson(makeTree({ 'package.json': '{ "name": "x", }' }))).toThrow(/is not valid JSON/);
  });
});
