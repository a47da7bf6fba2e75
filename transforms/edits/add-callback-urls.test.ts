import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadAuthEditFixtures, type AuthEditFixture } from '../lib/auth-edit-fixtures.js';
import { parseModule } from '../lib/source.js';
import { addCallbackUrls, type AddCallbackUrlsOptions } from './add-callback-urls.js';

const FIXTURES = fileURLToPath(new URL('../__testfixtures__/add-callback-urls/', import.meta.url));
const fixtures = loadAuthEditFixtures(FIXTURES);

/** The URLs `add auth-routes` passes for a local origin, unless a case's options.json says otherwise. */
function optionsFor(fixture: AuthEditFixture): AddCallbackUrlsOptions {
  return {
    filePath: `amplify/auth/resource.${fixture.ext}`,
    callbackUrls: ['http://localhost:3000/api/auth/sign-in-callback'],
    logoutUrls: ['http://localhost:3000/api/auth/sign-out-callback'],
    ...fixture.options,
  };
}

describe('addCallbackUrls fixtures', () => {
  test('discovers the fixture cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    for (const kind of ['changed', 'unchanged', 'manual']) {
      expect(fixtures.some((fixture) => fixture.expected.kind === kind)).toBe(true);
    }
  });

  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const options = optionsFor(fixture);
    const result = addCallbackUrls(fixture.input, options);
    const expected = fixture.expected;
    if (expected.kind === 'manual') {
      expect(result.kind).toBe('manual');
      if (result.kind !== 'manual') return;
      expect(result.reason).toContain(expected.phrase);
      expect(result.reason).not.toContain('\n');
      expect(result.reason).toMatch(/\.$/);
      return;
    }
    if (expected.kind === 'unchanged') {
      expect(result).toEqual({ kind: 'unchanged' });
      return;
    }
    expect(result.kind).toBe('changed');
    if (result.kind !== 'changed') return;
    expect(result.text).toBe(expected.bytes.toString('utf8'));
    expect(Buffer.from(result.text, 'utf8').equals(expected.bytes)).toBe(true);
    expect(() => parseModule(result.text, options.filePath)).not.toThrow();
    expect(addCallbackUrls(result.text, options)).toEqual({ kind: 'unchanged' });
  });
});

describe('addCallbackUrls', () => {
  test('CRLF fixtures are stored with their real bytes', () => {
    const crlf = fixtures.filter((fixture) => fixture.name.includes('crlf'));
    expect(crlf.length).toBeGreaterThan(0);
    for (const fixture of crlf) expect(fixture.input.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('throws the parser SyntaxError on a source that does not parse', () => {
    const options = { filePath: 'amplify/auth/resource.ts', callbackUrls: ['http://localhost:3000/'], logoutUrls: [] };
    expect(() => addCallbackUrls('export const auth = defineAuth({', options)).toThrow(SyntaxError);
  });
});
