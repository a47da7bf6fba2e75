import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APPS = path.join(REPO, 'test/fixtures/apps');

/** Next.js's own matcher compiler (the installed next), as `next build` writes the middleware manifest. */
const { getMiddlewareMatchers } = createRequire(path.join(REPO, 'package.json'))('next/dist/build/analysis/get-page-static-info.js') as {
  getMiddlewareMatchers: (matchers: string[], nextConfig: object) => Array<{ regexp: string }>;
};

/** The guard's matcher as Next.js compiles it: whether a request for `pathname` runs the guard. */
function guardRuns(guardSource: string): (pathname: string) => boolean {
  const literal = /matcher: \[\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1,?\s*\]/.exec(guardSource);
  expect(literal, 'the guard has a one-string matcher').not.toBeNull();
  const [matcher] = getMiddlewareMatchers([literal![2]!.replace(/\\(.)/g, '$1')], {});
  const regexp = new RegExp(matcher!.regexp);
  return (pathname) => regexp.test(pathname);
}

const PUBLIC_FILES = {
  'public/amplify.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
  'public/images/hero.webp': 'webp',
  'public/fonts/inter.woff2': 'woff2',
  'public/robots.txt': 'User-agent: *\n',
  'public/sitemap.xml': '<urlset/>\n',
  'public/site.webmanifest': '{}\n',
  'public/docs/guide.pdf': 'pdf',
  'public/sw.js': 'self.addEventListener("fetch", () => {});\n',
  'public/manifest.json': '{}\n',
  'public/.well-known/apple-app-site-association': '{}\n',
  'public/.gitkeep': '',
};

const STATIC_URLS = [
  '/amplify.svg',
  '/images/hero.webp',
  '/fonts/inter.woff2',
  '/robots.txt',
  '/sitemap.xml',
  '/site.webmanifest',
  '/docs/guide.pdf',
  '/sw.js',
  '/favicon.ico',
];

describe('the guard leaves public/ files alone', () => {
  it.each([
    ['next15-app-js', 'middleware.js'],
    ['next16-app-src-ts', 'src/proxy.ts'],
  ])('%s: %s runs for routes, not for static files', (app, guard) => {
    const root = copyTree(path.join(APPS, app));
    writeTree(root, PUBLIC_FILES);
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    const runs = guardRuns(fs.readFileSync(path.join(root, guard), 'utf8'));

    for (const url of STATIC_URLS) expect(runs(url), url).toBe(false);
    for (const url of ['/api/auth/sign-in', '/sign-in', '/sign-in/help', '/_next/static/chunks/main.js', '/_next/image'])
      expect(runs(url), url).toBe(false);
    // Routes stay guarded, also those that only start like an exclusion or merely contain a dot.
    const routes = [
      '/',
      '/dashboard',
      '/apidocs',
      '/sign-in-help',
      '/favicon.icons',
      '/amplify.svg/edit',
      '/v1.2/notes',
      '/_next/data/BUILD/index.json',
      '/_next/data/BUILD/dashboard.json',
    ];
    for (const url of routes) expect(runs(url), url).toBe(true);

    expect(json.notes).toContain(
      `public/manifest.json, public/.well-known/apple-app-site-association: still guarded by ${guard} (its matcher leaves static files out by their extension, not these). Add them to the matcher's exclusions if signed-out visitors need them.`,
    );
    const again = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(again.json).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [] });
  });

  it('with another sign-in path, that path is the one left out', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    expect(runJson(['init', '--yes', '--skip-install', '--sign-in-path', '/auth/login', '--cwd', root]).exitCode).toBe(0);
    const runs = guardRuns(fs.readFileSync(path.join(root, 'middleware.js'), 'utf8'));
    expect(runs('/auth/login')).toBe(false);
    expect(runs('/auth/login.png')).toBe(false);
    expect(runs('/sign-in')).toBe(true);
    expect(runs('/auth/logins')).toBe(true);
  });

  it('no note when every public/ file is a static file', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    writeTree(root, { 'public/logo.png': 'png', 'public/.gitkeep': '' });
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.notes.join('\n')).not.toContain('still guarded');
  });
});
