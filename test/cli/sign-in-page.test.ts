import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { cleanupTrees, makeTree, packageJson } from '../helpers/tree.js';

afterAll(cleanupTrees);

const page = 'export default function Page() {\n  return null;\n}\n';
const layout = 'export default function L({ children }) {\n  return (\n    <html>\n      <body>{children}</body>\n    </html>\n  );\n}\n';

function app(files: Record<string, string>): string {
  return makeTree({
    'package.json': packageJson({ next: '15.1.0', react: '^19.0.0' }),
    'app/layout.js': layout,
    'app/page.js': page,
    ...files,
  });
}

const urlTo = (route: string) => new RegExp(`new URL\\(['"]${route}['"], request\\.url\\)`);
const middleware = (root: string) => fs.readFileSync(path.join(root, 'middleware.js'), 'utf8');

describe("init's guard sends signed-out users to the app's own sign-in page", () => {
  it('uses the one sign-in page the app has (a route group dropped from its path), says so, and a second run plans nothing', () => {
    const root = app({ 'app/(auth)/login/page.js': page });
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.notes).toContain("The guard sends signed-out users to /login, the app's sign-in page (--sign-in-path changes it).");
    expect(middleware(root)).toMatch(urlTo('/login'));
    expect(middleware(root)).toContain('login(?:/|$)');
    expect(runJson(['init', '--yes', '--skip-install', '--cwd', root]).json).toMatchObject({
      outcome: 'nothing-to-do',
      created: [],
      updated: [],
    });
  });

  it('finds Pages Router sign-in pages at any depth, but not dynamic ones', () => {
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.0' }),
      'pages/index.js': page,
      'pages/auth/signin.js': page,
      'pages/[locale]/login.js': page,
    });
    runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(middleware(root)).toMatch(urlTo('/auth/signin'));
  });

  it('keeps /sign-in when the app has it, and --sign-in-path wins over everything', () => {
    const both = app({ 'app/sign-in/page.js': page, 'app/login/page.js': page });
    runCli(['init', '--yes', '--skip-install', '--cwd', both]);
    expect(middleware(both)).toMatch(urlTo('/sign-in'));
    const flagged = app({ 'app/login/page.js': page });
    runCli(['init', '--yes', '--skip-install', '--sign-in-path', '/welcome', '--cwd', flagged]);
    expect(middleware(flagged)).toMatch(urlTo('/welcome'));
  });

  it('with several sign-in pages and --yes, keeps /sign-in and names them', () => {
    const root = app({ 'app/login/page.js': page, 'app/admin/login/page.js': page });
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.notes).toContain(
      'Several sign-in pages found (/admin/login, /login): the guard sends signed-out users to /sign-in; pass --sign-in-path to use one of them.',
    );
  });

  it('says plainly when the sign-in page does not exist yet', () => {
    const root = app({});
    const { stdout } = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(stdout).toContain(
      '  - /sign-in does not exist yet, and the guard sends signed-out users there: add that page (e.g. with\n    <Authenticator> from @aws-amplify/ui-react), or run init again with --sign-in-path <your sign-in page>',
    );
  });

  it('keeps the sign-in page of the guard it wrote before, when the app gains another one', () => {
    const root = app({});
    runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    fs.mkdirSync(path.join(root, 'app/login'));
    fs.writeFileSync(path.join(root, 'app/login/page.js'), page);
    expect(runJson(['init', '--yes', '--skip-install', '--cwd', root]).json).toMatchObject({ outcome: 'nothing-to-do', skipped: [] });
  });
});
