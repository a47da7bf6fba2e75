import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EditResult } from '../edits/edit-result.js';
import { loadEditFixtures, type EditFixture } from './edit-fixtures.js';
import { parseModule } from '../../src/ast/parse.js';

type Edit<O> = (source: string, options: O) => EditResult;

/**
 * The fixture tests every edit shares, over `transforms/__testfixtures__/<name>/` (conventions in
 * edit-fixtures.ts): each case gives the expected result; a changed output parses and a re-run of the edit
 * on it is unchanged; a manual reason is one sentence; CRLF and BOM fixtures really hold those bytes; a
 * source that does not parse throws the parser's SyntaxError.
 */
export function describeEditFixtures<O extends { filePath: string }>(
  name: string,
  edit: Edit<O>,
  optionsFor: (fixture: EditFixture) => O,
  unparsable: string,
): EditFixture[] {
  const directory = fileURLToPath(new URL(`../__testfixtures__/${name}/`, import.meta.url));
  const fixtures = loadEditFixtures(directory);

  describe(`${name} fixtures`, () => {
    it('has cases of every kind', () => {
      for (const kind of ['changed', 'unchanged', 'manual']) expect(fixtures.some((f) => f.expected.kind === kind)).toBe(true);
    });

    for (const fixture of fixtures) {
      const options = optionsFor(fixture);
      const { expected } = fixture;
      it(`${fixture.name}: ${expected.kind}`, () => {
        const result = edit(fixture.input, options);
        if (expected.kind === 'changed') {
          expect(result).toEqual({ kind: 'changed', text: expected.text });
          expect(() => parseModule(expected.text, options.filePath)).not.toThrow();
          expect(edit(expected.text, options)).toEqual({ kind: 'unchanged' });
        } else if (expected.kind === 'manual') {
          expect(result.kind).toBe('manual');
          if (result.kind !== 'manual') return;
          expect(result.reason).toContain(expected.phrase);
          expect(result.reason).not.toContain('\n');
          expect(result.reason.trim().split(/\.\s/)).toHaveLength(1);
        } else {
          expect(result).toEqual({ kind: 'unchanged' });
        }
      });
    }

    it('stores CRLF and BOM fixtures with their real bytes', () => {
      for (const fixture of fixtures.filter((f) => f.name.includes('crlf'))) expect(fixture.input.replace(/\r\n/g, '')).not.toContain('\n');
      for (const fixture of fixtures.filter((f) => f.name.includes('bom'))) expect(fixture.input.startsWith('\uFEFF')).toBe(true);
    });

    it('throws the parser SyntaxError on a source that does not parse', () => {
      expect(() => edit(unparsable, optionsFor({ name: 'unparsable', ext: 'tsx', input: unparsable, options: {}, expected: { kind: 'unchanged' } }))).toThrow(SyntaxError);
    });
  });
  return fixtures;
}
