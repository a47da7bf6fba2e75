import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEditFixtures } from '../lib/edit-fixtures.js';
import { parseModule } from '../lib/source.js';
import { injectConfigureComponent, type InjectConfigureComponentOptions } from './inject-configure-component.js';

// Fixture conventions (see transforms/lib/edit-fixtures.ts): `<case>.output.<ext>` → changed to exactly
// that text; `<case>.manual.txt` → manual with a reason containing that phrase; input only → unchanged.
const directory = fileURLToPath(new URL('../__testfixtures__/inject-configure-component/', import.meta.url));

function optionsFor(ext: string, overrides: Record<string, unknown>): InjectConfigureComponentOptions {
  return {
    filePath: `app/layout.${ext}`,
    componentName: 'ConfigureAmplifyClientSide',
    importSpecifier: '@/components/ConfigureAmplify',
    ...overrides,
  };
}

describe('injectConfigureComponent', () => {
  for (const fixture of loadEditFixtures(directory)) {
    const options = optionsFor(fixture.ext, fixture.options);
    const { expected } = fixture;

    it(`${fixture.name}: ${expected.kind}`, () => {
      const result = injectConfigureComponent(fixture.input, options);
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
        expect(injectConfigureComponent(expected.text, options)).toEqual({ kind: 'unchanged' });
      });
    }
  }

  it('throws the parser SyntaxError on a source that does not parse', () => {
    expect(() => injectConfigureComponent('export default function (', optionsFor('tsx', {}))).toThrow(SyntaxError);
  });
});
