import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEditFixtures } from '../lib/edit-fixtures.js';
import { parseModule } from '../lib/source.js';
import { renameServerComponentsPackagesKey, type RenameServerComponentsPackagesKeyOptions } from './rename-server-packages-key.js';

// Fixture conventions (see transforms/lib/edit-fixtures.ts): `<case>.output.<ext>` → changed to exactly
// that text; `<case>.manual.txt` → manual with a reason containing that phrase; input only → unchanged.
// `nextMajor` is 15 unless `<case>.options.json` says otherwise (case names end in the version they use).
const directory = fileURLToPath(new URL('../__testfixtures__/rename-server-packages-key/', import.meta.url));

function optionsFor(ext: string, overrides: Record<string, unknown>): RenameServerComponentsPackagesKeyOptions {
  return { filePath: `next.config.${ext}`, nextMajor: 15, ...overrides };
}

describe('renameServerComponentsPackagesKey', () => {
  for (const fixture of loadEditFixtures(directory)) {
    const options = optionsFor(fixture.ext, fixture.options);
    const { expected } = fixture;

    it(`${fixture.name}: ${expected.kind}`, () => {
      const result = renameServerComponentsPackagesKey(fixture.input, options);
      if (expected.kind === 'changed') {
        expect(result).toEqual({ kind: 'changed', text: expected.text });
      } else if (expected.kind === 'manual') {
        expect(result.kind).toBe('manual');
        if (result.kind === 'manual') {
          expect(result.reason).toContain(expected.phrase);
          expect(result.reason.trim().split(/\.\s/)).toHaveLength(1);
        }
      } else {
        expect(result).toEqual({ kind: 'unchanged' });
      }
    });

    if (expected.kind === 'changed') {
      it(`${fixture.name}: output parses and a re-run is unchanged`, () => {
        expect(() => parseModule(expected.text, options.filePath)).not.toThrow();
        expect(renameServerComponentsPackagesKey(expected.text, options)).toEqual({ kind: 'unchanged' });
      });
    }
  }

  it('throws the parser SyntaxError on a source that does not parse', () => {
    expect(() => renameServerComponentsPackagesKey('module.exports = {', optionsFor('js', {}))).toThrow(SyntaxError);
  });
});
