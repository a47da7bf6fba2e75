import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { initialized } from '../helpers/initialized.js';
import { cleanupTrees, copyTree } from '../helpers/tree.js';
import { formatDiagnostics, typeCheckProject } from '../helpers/typecheck.js';

afterAll(cleanupTrees);

/**
 * What `tsc -p <root> --noEmit` prints for the project (nothing when it type-checks), with the repo's
 * typescript, next, react, aws-amplify and adapter as its packages. The compiler runs in this process, where
 * the cases share the packages' parsed declarations.
 */
function typeCheck(root: string): string {
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return formatDiagnostics(typeCheckProject(root), root);
}

describe('a tsconfig that emits declarations (declaration: true, as create-turbo sets it)', () => {
  it('init and add auth-routes --buttons write modules that tsc accepts', () => {
    const root = initialized('next15-declaration-ts');
    expect(runCli(['add', 'auth-routes', '--yes', '--buttons', '--cwd', root]).exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/utils/amplifyServerUtils.ts'), 'utf8')).toContain(
      'export const createAuthRouteHandlers: ServerRunner["createAuthRouteHandlers"] =\n  serverRunner.createAuthRouteHandlers;',
    );
    expect(typeCheck(root)).toBe('');
  }, 180_000);

  it('the Pages Router handler type-checks too', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-declaration-ts'));
    fs.rmSync(path.join(root, 'src/app'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src/pages'));
    fs.writeFileSync(path.join(root, 'src/pages/index.tsx'), 'export default function Home() {\n  return <main>Home</main>;\n}\n');
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(runCli(['add', 'auth-routes', '--yes', '--cwd', root]).exitCode).toBe(0);
    expect(fs.existsSync(path.join(root, 'src/pages/api/auth/[slug].ts'))).toBe(true);
    expect(typeCheck(root)).toBe('');
  }, 180_000);
});

/**
 * The declaration fixture with `isolatedDeclarations` (TypeScript 5.5+) in its shared tsconfig, and without
 * `allowJs` (TS5053: the two cannot go together); its own modules are typed as that option asks.
 */
function isolatedDeclarationsApp(): string {
  const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-declaration-ts'));
  const base = path.join(root, 'tsconfig.base.json');
  fs.writeFileSync(
    base,
    fs.readFileSync(base, 'utf8').replace('"declaration": true,', '"declaration": true,\n    "isolatedDeclarations": true,'),
  );
  const tsconfig = path.join(root, 'tsconfig.json');
  fs.writeFileSync(tsconfig, fs.readFileSync(tsconfig, 'utf8').replace('    "allowJs": true,\n', ''));
  const layout = path.join(root, 'src/app/layout.tsx');
  fs.writeFileSync(layout, fs.readFileSync(layout, 'utf8').replace('}>) {', '}>): React.JSX.Element {'));
  fs.writeFileSync(
    path.join(root, 'src/app/page.tsx'),
    'export default function Home(): React.JSX.Element {\n  return <main>Home</main>;\n}\n',
  );
  return root;
}

describe('a tsconfig with isolatedDeclarations: every generated export has a type of its own', () => {
  it('the app as it is type-checks (the test setup is sound)', () => {
    expect(typeCheck(isolatedDeclarationsApp())).toBe('');
  }, 180_000);

  it('App Router: init and add auth-routes --buttons write modules that tsc accepts', () => {
    const root = isolatedDeclarationsApp();
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    const added = runJson(['add', 'auth-routes', '--yes', '--buttons', '--cwd', root]);
    expect(added.exitCode).toBe(0);
    expect(added.json.manualSteps).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'src/utils/amplifyServerUtils.ts'), 'utf8')).toContain(
      'export const createAuthRouteHandlers: ServerRunner["createAuthRouteHandlers"] =\n  serverRunner.createAuthRouteHandlers;',
    );
    expect(typeCheck(root)).toBe('');
    const second = runJson(['add', 'auth-routes', '--yes', '--buttons', '--cwd', root]);
    expect(second.json).toMatchObject({ created: [], updated: [] });
  }, 180_000);

  it('Pages Router: the default-exported handler and _app type-check too', () => {
    const root = isolatedDeclarationsApp();
    fs.rmSync(path.join(root, 'src/app'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src/pages'));
    fs.writeFileSync(
      path.join(root, 'src/pages/index.tsx'),
      'export default function Home(): React.JSX.Element {\n  return <main>Home</main>;\n}\n',
    );
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(runCli(['add', 'auth-routes', '--yes', '--cwd', root]).exitCode).toBe(0);
    expect(fs.existsSync(path.join(root, 'src/pages/api/auth/[slug].ts'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'src/pages/_app.tsx'))).toBe(true);
    expect(typeCheck(root)).toBe('');
  }, 180_000);
});
