import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEditFixtures } from '../lib/edit-fixtures.js';
import { parseModule } from '../lib/source.js';
import { configureAmplifyInApp, type ConfigureAmplifyInAppOptions } from './configure-amplify-in-app.js';

// Fixture conventions (see transforms/lib/edit-fixtures.ts): `<case>.output.<ext>` → changed to exactly
// that text; `<case>.manual.txt` → manual with a reason containing that phrase; input only → unchanged.
const directory = fileURLToPath(new URL('../__testfixtures__/configure-amplify-in-app/', import.meta.url));

function optionsFor(ext: string, overrides: Record<string, unknown>): ConfigureAmplifyInAppOptions {
  return { filePath: `pages/_app.${ext}`, configImportSpecifier: '../amplify_outputs.json', ...overrides };
}

describe('configureAmplifyInApp', () => {
  for (const fixture of loadEditFixtures(directory)) {
    const options = optionsFor(fixture.ext, fixture.options);
    const { expected } = fixture;

    it(`${fixture.name}: ${expected.kind}`, () => {
      const result = configureAmplifyInApp(fixture.input, options);
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
        expect(configureAmplifyInApp(expected.text, options)).toEqual({ kind: 'unchanged' });
      });
    }
  }

  it('picks the local name from the config file: config for amplifyconfiguration.json and aws-exports', () => {
    const source = "import type { AppProps } from 'next/app';\n\nexport default function App({ Component, pageProps }: AppProps) {\n  return <Component {...pageProps} />;\n}\n";
    for (const configImportSpecifier of ['../src/amplifyconfiguration.json', '@/aws-exports']) {
      const result = configureAmplifyInApp(source, { filePath: 'pages/_app.tsx', configImportSpecifier });
      expect(result.kind === 'changed' && result.text).toContain(
        `import config from '${configImportSpecifier}';\n\nAmplify.configure(config, { ssr: true });\n\nexport default`,
      );
    }
  });

  it('throws the parser SyntaxError on a source that does not parse', () => {
    expect(() => configureAmplifyInApp('export default function App( {', optionsFor('tsx', {}))).toThrow(SyntaxError);
  });
});
