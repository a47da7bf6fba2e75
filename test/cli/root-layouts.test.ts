import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, makeTree, packageJson, readTree } from '../helpers/tree.js';

const APPS = path.join(REPO, 'test/fixtures/apps');

afterAll(cleanupTrees);

function appRouterProject(files: Record<string, string>): string {
  return makeTree({ 'package.json': packageJson({ next: '15.1.0', react: '^19.0.0' }), 'tsconfig.json': '{}\n', ...files });
}

describe('init finds the root layouts wherever Next.js has them', () => {
  it('next-intl: leaves the pass-through app/layout byte for byte and renders the component in app/[locale]/layout', () => {
    const root = copyTree(path.join(APPS, 'next15-intl-passthrough-ts'));
    const passThrough = fs.readFileSync(path.join(root, 'src/app/layout.tsx'));
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.project.rootLayouts).toEqual(['src/app/[locale]/layout.tsx']);
    expect(json.updated).toEqual(['src/app/[locale]/layout.tsx']);
    expect(fs.readFileSync(path.join(root, 'src/app/layout.tsx'))).toEqual(passThrough);
    expect(fs.readFileSync(path.join(root, 'src/app/[locale]/layout.tsx'), 'utf8')).toMatch(
      /<body>\n {8}<ConfigureAmplifyClientSide \/>\n/,
    );
  });

  it('route groups: every root layout gets the component, a nested layout inside a group does not', () => {
    const root = copyTree(path.join(APPS, 'next15-route-groups-ts'));
    const { json, stderr } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(stderr).toContain('Root layout     src/app/(marketing)/layout.tsx, src/app/(shop)/layout.tsx');
    expect(json.updated).toEqual(['src/app/(marketing)/layout.tsx', 'src/app/(shop)/layout.tsx']);
    expect(fs.readFileSync(path.join(root, 'src/app/(shop)/cart/layout.tsx'), 'utf8')).not.toContain('ConfigureAmplifyClientSide');
  });

  it('imports the component relatively from each layout when there is no alias', () => {
    const root = appRouterProject({
      'app/(a)/layout.tsx':
        'export default function A({ children }) {\n  return (\n    <html>\n      <body>{children}</body>\n    </html>\n  );\n}\n',
      'app/(b)/deep/[id]/layout.tsx':
        'export default function B({ children }) {\n  return (\n    <html>\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    });
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.updated).toEqual(['app/(a)/layout.tsx', 'app/(b)/deep/[id]/layout.tsx']);
    expect(fs.readFileSync(path.join(root, 'app/(a)/layout.tsx'), 'utf8')).toContain("from '../../components/ConfigureAmplifyClientSide'");
    expect(fs.readFileSync(path.join(root, 'app/(b)/deep/[id]/layout.tsx'), 'utf8')).toContain(
      "from '../../../../components/ConfigureAmplifyClientSide'",
    );
  });

  it.each([
    [
      'renders <html> and <body> inside a component from another package',
      "import { RootShell } from '@acme/ui';\n\nexport default function RootLayout({ children }) {\n  return <RootShell>{children}</RootShell>;\n}\n",
    ],
    ['re-exports the layout of another package', "export { default } from '@acme/ui/root-layout';\n"],
  ])('a layout that %s is a manual step naming the files looked at, and no layout changes', (_, layout) => {
    const root = appRouterProject({
      'app/layout.tsx': layout,
      'app/[locale]/layout.tsx': 'export default function L({ children }) {\n  return children;\n}\n',
      'app/[locale]/page.tsx': 'export default function P() {\n  return null;\n}\n',
    });
    const before = readTree(path.join(root, 'app'));
    const { json, exitCode, stderr } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(readTree(path.join(root, 'app'))).toEqual(before);
    expect(json.project.rootLayouts).toEqual([]);
    expect(stderr).toContain('Root layout     none renders <body> (looked at app/layout.tsx, app/[locale]/layout.tsx)');
    expect(json.manualSteps).toContainEqual(
      expect.objectContaining({
        path: 'app/layout.tsx',
        message: expect.stringContaining(
          'No layout under app/ renders a literal <body> (looked at app/layout.tsx, app/[locale]/layout.tsx',
        ),
        snippet: expect.stringContaining("import ConfigureAmplifyClientSide from '../components/ConfigureAmplifyClientSide';"),
      }),
    );
  });

  it('an app/ folder without any layout is a manual step that says so', () => {
    const root = appRouterProject({ 'app/page.tsx': 'export default function P() {\n  return null;\n}\n' });
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.manualSteps).toContainEqual(
      expect.objectContaining({ path: 'app/layout.tsx', message: expect.stringContaining('There is no layout under app/') }),
    );
  });
});
