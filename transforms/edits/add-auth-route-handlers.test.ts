import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadAuthEditFixtures, type AuthEditFixture } from '../lib/auth-edit-fixtures.js';
import { parseModule } from '../lib/source.js';
import { addAuthRouteHandlers, type AddAuthRouteHandlersOptions } from './add-auth-route-handlers.js';

const FIXTURES = fileURLToPath(new URL('../__testfixtures__/add-auth-route-handlers/', import.meta.url));
const fixtures = loadAuthEditFixtures(FIXTURES);

function optionsFor(fixture: AuthEditFixture): AddAuthRouteHandlersOptions {
  return { filePath: `utils/amplifyServerUtils.${fixture.ext}`, ...fixture.options };
}

describe('addAuthRouteHandlers fixtures', () => {
  test('discovers the fixture cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['changed', 'unchanged', 'manual']) {
      expect(fixtures.some((fixture) => fixture.expected.kind === kind)).toBe(true);
    }
  });

  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const options = optionsFor(fixture);
    const result = addAuthRouteHandlers(fixture.input, options);
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
    expect(addAuthRouteHandlers(result.text, options)).toEqual({ kind: 'unchanged' });
  });
});

describe('addAuthRouteHandlers', () => {
  test('CRLF and BOM fixtures are stored with their real bytes', () => {
    const crlf = fixtures.filter((fixture) => fixture.name.includes('crlf'));
    const bom = fixtures.filter((fixture) => fixture.name.includes('bom'));
    expect(crlf.length).toBeGreaterThan(0);
    expect(bom.length).toBeGreaterThan(0);
    for (const fixture of crlf) expect(fixture.input.replace(/\r\n/g, '')).not.toContain('\n');
    for (const fixture of bom) expect(fixture.input.startsWith('\uFEFF')).toBe(true);
  });

  test('throws the parser SyntaxError on a source that does not parse', () => {
    expect(() => addAuthRouteHandlers('export const { a } = createServerRunner({', { filePath: 'utils/amplifyServerUtils.ts' })).toThrow(
      SyntaxError,
    );
  });

  test('an empty cookies object asks for no runtimeOptions', () => {
    const source = "import { createServerRunner } from '@aws-amplify/adapter-nextjs';\nexport const { createAuthRouteHandlers } = createServerRunner({ config });\n";
    expect(addAuthRouteHandlers(source, { filePath: 'utils/amplifyServerUtils.ts', cookies: {} })).toEqual({ kind: 'unchanged' });
  });
});
