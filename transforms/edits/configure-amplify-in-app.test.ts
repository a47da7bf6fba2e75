import { describe, expect, it } from 'vitest';
import { describeEditFixtures } from '../../test/helpers/transform-fixtures.js';
import { configureAmplifyInApp } from './configure-amplify-in-app.js';
import { parseEditSource } from '../../src/ast/edit-source.js';

describeEditFixtures(
  'configure-amplify-in-app',
  configureAmplifyInApp,
  (fixture) => ({ filePath: `pages/_app.${fixture.ext}`, configImportSpecifier: '../amplify_outputs.json', ...fixture.options }),
  'export default function App( {',
);

describe('configureAmplifyInApp', () => {
  it('picks the local name from the config file: config for amplifyconfiguration.json and aws-exports', () => {
    const source =
      "import type { AppProps } from 'next/app';\n\nexport default function App({ Component, pageProps }: AppProps) {\n  return <Component {...pageProps} />;\n}\n";
    for (const configImportSpecifier of ['../src/amplifyconfiguration.json', '@/aws-exports']) {
      const result = configureAmplifyInApp(parseEditSource(source, 'pages/_app.tsx'), {
        filePath: 'pages/_app.tsx',
        configImportSpecifier,
      });
      expect(result.kind === 'changed' && result.text).toContain(
        `import config from '${configImportSpecifier}';\n\nAmplify.configure(config, { ssr: true });\n\nexport default`,
      );
    }
  });
});
