import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, installed, readTree, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APPS = path.join(REPO, 'test/fixtures/apps');
const RENAME_NOTE = 'npx @next/codemod@latest middleware-to-proxy .';

function setPackageNext(root: string, version: string): void {
  const file = path.join(root, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.dependencies.next = version;
  fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

describe('init on Next.js 16 writes proxy.ts where Next.js reads it', () => {
  it('src/ layout: src/proxy.ts exports async function proxy, with the middleware matcher and no runtime', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.created).toContain('src/proxy.ts');
    expect(json.created).not.toContain('src/middleware.ts');
    const proxy = fs.readFileSync(path.join(root, 'src/proxy.ts'), 'utf8');
    expect(proxy).toContain('export async function proxy(request: NextRequest): Promise<NextResponse> {');
    expect(proxy).not.toMatch(/runtime/);
    expect(proxy).not.toMatch(/function middleware/);
    expect(json.notes.join('\n')).not.toContain(RENAME_NOTE);
    expect(fs.existsSync(path.join(root, 'src/middleware.ts'))).toBe(false);
  });

  it('the proxy is the middleware template with only the function renamed', () => {
    const proxyRoot = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const middlewareRoot = copyTree(path.join(APPS, 'next16-app-src-ts'));
    setPackageNext(middlewareRoot, '15.5.29');
    runCli(['init', '--yes', '--skip-install', '--cwd', proxyRoot]);
    runCli(['init', '--yes', '--skip-install', '--cwd', middlewareRoot]);
    const proxy = fs.readFileSync(path.join(proxyRoot, 'src/proxy.ts'), 'utf8');
    const middleware = fs.readFileSync(path.join(middlewareRoot, 'src/middleware.ts'), 'utf8');
    expect(proxy.replace('function proxy(', 'function middleware(')).toBe(middleware);
  });

  it('root layout, JavaScript: proxy.js beside pages/', () => {
    const root = copyTree(path.join(APPS, 'next16-pages-js'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.created).toContain('proxy.js');
    expect(fs.readFileSync(path.join(root, 'proxy.js'), 'utf8')).toContain('export async function proxy(request) {');
  });

  it('a root proxy.ts in a src/ layout is reported as ignored, and src/proxy.ts is written', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    fs.writeFileSync(path.join(root, 'proxy.ts'), 'export function proxy() {}\n');
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.created).toContain('src/proxy.ts');
    expect(json.notes).toContain('proxy.ts is ignored by Next.js in a src/ layout (it reads src/proxy); move its code into src/proxy.ts.');
  });
});

describe('init on Next.js 16 with a guard file already there', () => {
  it('an existing middleware.ts: no proxy.ts, the file byte for byte, the code to add, the rename note; a second run plans nothing', () => {
    const root = copyTree(path.join(APPS, 'next16-app-middleware-ts'));
    const before = fs.readFileSync(path.join(root, 'middleware.ts'));
    const first = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(first.exitCode).toBe(0);
    expect(fs.existsSync(path.join(root, 'proxy.ts'))).toBe(false);
    expect(first.json.created).not.toContain('proxy.ts');
    expect(fs.readFileSync(path.join(root, 'middleware.ts')).equals(before)).toBe(true);
    expect(first.json.skipped).toEqual([{ path: 'middleware.ts', reason: 'your middleware is left as it is; --force replaces it' }]);
    expect(first.json.manualSteps[0]).toMatchObject({ path: 'middleware.ts' });
    expect(first.json.manualSteps[0].message).toMatch(/^Protect routes in your middleware:/);
    expect(first.json.manualSteps[0].snippet).toContain('export async function middleware(request: NextRequest)');
    expect(
      first.json.notes.some((note: string) => note.startsWith('middleware.ts: Next.js 16 deprecates') && note.includes(RENAME_NOTE)),
    ).toBe(true);

    const tree = readTree(root);
    const second = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(second.json).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [] });
    expect(readTree(root)).toEqual(tree);
  });

  it('no rename note for a middleware that asks for the Edge runtime', () => {
    const root = copyTree(path.join(APPS, 'next16-app-middleware-ts'));
    const file = path.join(root, 'middleware.ts');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace("matcher: ['/((?!_next/static|favicon.ico).*)'],", "matcher: ['/'],\n  runtime: 'edge',"),
    );
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.skipped.map((s: { path: string }) => s.path)).toEqual(['middleware.ts']);
    expect(json.notes.join('\n')).not.toContain(RENAME_NOTE);
  });

  it('an existing proxy.ts is left byte for byte and named as what it is', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const own = "import { NextResponse } from 'next/server';\n\nexport function proxy() {\n  return NextResponse.next();\n}\n";
    fs.writeFileSync(path.join(root, 'src/proxy.ts'), own);
    const { json, stderr } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(stderr).toContain('Already there   src/proxy.ts');
    expect(fs.readFileSync(path.join(root, 'src/proxy.ts'), 'utf8')).toBe(own);
    expect(json.skipped).toEqual([{ path: 'src/proxy.ts', reason: 'your proxy is left as it is; --force replaces it' }]);
    expect(json.manualSteps[0].message).toMatch(/^Protect routes in your proxy:/);
    expect(json.manualSteps[0].snippet).toContain('export async function proxy(request: NextRequest)');
    expect(json.notes.join('\n')).not.toContain(RENAME_NOTE);
  });

  it('middleware.ts and proxy.ts together: neither is touched, and the conflict is reported', () => {
    const root = copyTree(path.join(APPS, 'next16-app-middleware-ts'));
    fs.writeFileSync(path.join(root, 'proxy.ts'), 'export function proxy() {}\n');
    const before = readTree(root);
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.skipped.map((s: { path: string }) => s.path)).toEqual(['proxy.ts']);
    expect(json.notes).toContain(
      "proxy.ts and middleware.ts both exist: Next.js 16 refuses to build with both. Keep proxy.ts and move the other's code into it.",
    );
    expect(readTree(root)['middleware.ts']).toBe(before['middleware.ts']);
    expect(readTree(root)['proxy.ts']).toBe(before['proxy.ts']);
  });

  it('the middleware.ts an earlier init wrote, after an upgrade to Next.js 16, is recognised as ours: nothing planned, no duplicate', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    setPackageNext(root, '15.5.29');
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    setPackageNext(root, '16.4.6');
    const tree = readTree(root);
    const { json, stderr } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [], skipped: [], manualSteps: [] });
    expect(stderr).toContain(
      'Already there   src/utils/amplifyServerUtils.ts (createServerRunner), src/components/ConfigureAmplifyClientSide.tsx, src/middleware.ts',
    );
    expect(json.notes.some((note: string) => note.startsWith('src/middleware.ts: Next.js 16 deprecates'))).toBe(true);
    expect(readTree(root)).toEqual(tree);
    expect(fs.existsSync(path.join(root, 'src/proxy.ts'))).toBe(false);
  });
});

const V5_GUARD = (name: string) => `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export async function ${name}(req: NextRequest) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession().catch(() => null);
  if (!session) {
    return NextResponse.redirect(new URL('/signin', req.url));
  }
  return NextResponse.next();
}
`;

describe('migrate-v5 on a Next.js 16 app', () => {
  it.each([
    ['src/middleware.ts', 'middleware'],
    ['src/proxy.ts', 'proxy'],
  ])('migrates %s where it is, with the request and response context', (file, name) => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    fs.writeFileSync(path.join(root, file), V5_GUARD(name));
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--force', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.filesChanged).toEqual([file]);
    const migrated = fs.readFileSync(path.join(root, file), 'utf8');
    expect(migrated).toContain(`export async function ${name}(req: NextRequest) {`);
    expect(migrated).toContain('nextServerContext: { request: req, response }');
    expect(migrated).not.toContain('withSSRContext');
    expect(fs.readdirSync(path.join(root, 'src')).filter((f) => /^(middleware|proxy)\./.test(f))).toEqual([path.basename(file)]);
    const again = runJson(['migrate-v5', '--yes', '--force', '--cwd', root]);
    expect(again.json.filesChanged).toEqual([]);
  });
});

describe('add auth-routes on a Next.js 16 app', () => {
  it('reads the sign-in path from the proxy init wrote, and warns about a proxy that guards /api/auth/*', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    runCli(['init', '--yes', '--skip-install', '--sign-in-path', '/login', '--cwd', root]);
    const { json } = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(fs.readFileSync(path.join(root, 'src/app/api/auth/[slug]/route.ts'), 'utf8')).toContain('redirectOnSignOutComplete: "/login"');
    expect(json.notes.join('\n')).not.toContain('also runs for /api/auth/*');

    const guarded = copyTree(path.join(APPS, 'next16-app-src-ts'));
    fs.writeFileSync(path.join(guarded, 'src/proxy.ts'), "export function proxy() {}\n\nexport const config = { matcher: ['/:path*'] };\n");
    const warned = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', guarded]);
    expect(warned.json.notes).toContain(
      'src/proxy.ts also runs for /api/auth/*: exclude api from its matcher, or signed-out users can never reach the sign-in route.',
    );
  });

  it('the routes need adapter 1.7.3 where init makes do with 1.7.1: aws-amplify 6.16.0 is raised for them, and the output says so', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const file = path.join(root, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    pkg.dependencies['aws-amplify'] = '6.16.0';
    fs.writeFileSync(file, JSON.stringify(pkg));
    writeTree(root, installed('aws-amplify', '6.16.0'));
    const init = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    expect(init.json.install.command).toBe('npm install @aws-amplify/adapter-nextjs@1.7.1');
    const routes = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    expect(routes.json.install.command).toBe('npm install aws-amplify@^6.22.1 @aws-amplify/adapter-nextjs@^1.8.0');
    expect(routes.json.notes).toContain(
      'aws-amplify 6.16.0 (installed) → ^6.22.1: @aws-amplify/adapter-nextjs 1.8.0 needs aws-amplify ^6.21.0.',
    );
  });
});
