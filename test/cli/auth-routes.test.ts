import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { expectWrittenFiles } from '../helpers/expected-tree.js';
import { initialized } from '../helpers/initialized.js';
import { cleanupTrees, copyTree, readTree, writeTree } from '../helpers/tree.js';

const APPS = path.join(REPO, 'test/fixtures/apps');
const EXPECTED = path.join(REPO, 'test/fixtures/expected/auth-routes');

afterAll(cleanupTrees);

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

const AUTH_ROUTE_APPS = [
  'next13-pages-ts',
  'next14-app-ts',
  'next15-app-js',
  'next15-app-src-ts',
  'next15-both-ts',
  'next15-gen2-callback-urls-ts',
  'next15-declaration-ts',
  'next15-biome-ts',
  'next15-prettier-ts',
  'next16-app-src-ts',
  'next16-pages-js',
];

describe.each(AUTH_ROUTE_APPS)('add auth-routes on %s', (app) => {
  it('writes exactly the expected tree, then a second run plans nothing', () => {
    const root = initialized(app);
    const afterInit = readTree(root);
    const first = runCli(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const tree = readTree(root);
    expectWrittenFiles(path.join(EXPECTED, app), afterInit, tree);

    const second = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(second.json).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [] });
    expect(readTree(root)).toEqual(tree);
  });
});

describe('add auth-routes', () => {
  it('creates the utils module with both exports when init has not run', () => {
    const root = copyTree(path.join(APPS, 'next15-app-src-ts'));
    const { json, exitCode } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.created).toEqual(['src/utils/amplifyServerUtils.ts', 'src/app/api/auth/[slug]/route.ts', '.env.local']);
    expect(read(root, 'src/utils/amplifyServerUtils.ts')).toContain(
      'export const { runWithAmplifyServerContext, createAuthRouteHandlers } = createServerRunner({',
    );
  });

  it('writes exactly one handler in an app with both routers: App Router by default, --router pages on request', () => {
    const appRoot = initialized('next15-both-ts');
    expect(runJson(['add', 'auth-routes', '--yes', '--cwd', appRoot]).json.created).toContain('src/app/api/auth/[slug]/route.ts');
    expect(fs.existsSync(path.join(appRoot, 'src/pages/api'))).toBe(false);

    const pagesRoot = initialized('next15-both-ts');
    expect(runJson(['add', 'auth-routes', '--yes', '--router', 'pages', '--cwd', pagesRoot]).json.created).toContain(
      'src/pages/api/auth/[slug].ts',
    );

    const again = runJson(['add', 'auth-routes', '--yes', '--router', 'app', '--cwd', pagesRoot]);
    expect(again.json.skipped).toEqual([
      {
        path: 'src/app/api/auth/[slug]/route.ts',
        reason: 'src/pages/api/auth/[slug].ts already handles /api/auth/*; a second handler would be a duplicate route',
      },
    ]);
    expect(fs.existsSync(path.join(pagesRoot, 'src/app/api'))).toBe(false);
  });

  it('turns cookie flags into runtimeOptions and the redirect flags into the handler', () => {
    const root = initialized('next14-app-ts');
    const args = [
      '--origin',
      'https://app.example.com',
      '--cookie-domain',
      '.example.com',
      '--cookie-same-site',
      'none',
      '--cookie-max-age',
      '2592000',
    ];
    const result = runCli([
      'add',
      'auth-routes',
      '--yes',
      ...args,
      '--redirect-on-sign-in',
      '/dashboard',
      '--redirect-on-sign-out',
      '/bye',
      '--cwd',
      root,
    ]);
    expect(result.exitCode).toBe(0);
    expect(read(root, 'utils/amplifyServerUtils.ts')).toContain(`  runtimeOptions: {
    cookies: {
      domain: ".example.com",
      sameSite: "none",
      maxAge: 2592000,
    },
  },`);
    expect(read(root, 'app/api/auth/[slug]/route.ts')).toContain(
      'redirectOnSignInComplete: "/dashboard",\n  redirectOnSignOutComplete: "/bye",',
    );
    expect(read(root, '.env.local')).toBe('AMPLIFY_APP_ORIGIN=https://app.example.com\n');
    expect(result.stdout).toContain('does not register the sign-in redirect https://app.example.com/api/auth/sign-in-callback');
  });

  it('defaults the sign-out redirect to the sign-in path init used', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    runCli(['init', '--yes', '--skip-install', '--sign-in-path', '/login', '--cwd', root]);
    runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(read(root, 'app/api/auth/[slug]/route.js')).toContain('redirectOnSignOutComplete: "/login",');
  });

  it("ignores the redirects of the user's own middleware and says where the sign-out redirect came from", () => {
    const root = initialized('next14-app-ts');
    // A hand-written middleware that sends signed-in users from /login to /home, and the rest to /login.
    writeTree(root, {
      'middleware.ts': [
        "import { NextResponse, type NextRequest } from 'next/server';",
        '',
        'export function middleware(request: NextRequest) {',
        "  const signedIn = request.cookies.has('session');",
        "  if (signedIn && request.nextUrl.pathname === '/login') {",
        "    return NextResponse.redirect(new URL('/home', request.url));",
        '  }',
        "  if (!signedIn && request.nextUrl.pathname !== '/login') {",
        "    return NextResponse.redirect(new URL('/login', request.url));",
        '  }',
        '  return NextResponse.next();',
        '}',
        '',
        "export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'] };",
        '',
      ].join('\n'),
    });
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(read(root, 'app/api/auth/[slug]/route.ts')).toContain('redirectOnSignOutComplete: "/sign-in",');
    expect(json.notes).toContain('After signing out, users land on /sign-in: the default sign-in page; --redirect-on-sign-out changes it.');
  });

  it("says when the sign-out redirect is the sign-in page of init's guard", () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    runCli(['init', '--yes', '--skip-install', '--sign-in-path', '/login', '--cwd', root]);
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.notes).toContain(
      'After signing out, users land on /login: the sign-in page of the guard init wrote (middleware.js); --redirect-on-sign-out changes it.',
    );
  });

  it('keeps .env.local as it is and appends the origin; a different value is kept without --force', () => {
    const root = initialized('next15-app-js');
    writeTree(root, { '.env.local': '# secrets\r\nAPI_KEY=abc\r\nexport OTHER="x"' });
    runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(read(root, '.env.local')).toBe('# secrets\r\nAPI_KEY=abc\r\nexport OTHER="x"\r\nAMPLIFY_APP_ORIGIN=http://localhost:3000\r\n');

    const kept = runJson(['add', 'auth-routes', '--yes', '--origin', 'https://other.example.com', '--cwd', root]);
    expect(kept.json.skipped).toContainEqual({
      path: '.env.local',
      reason: 'AMPLIFY_APP_ORIGIN is http://localhost:3000, not https://other.example.com; kept (--force replaces it)',
    });
    expect(read(root, '.env.local')).toContain('AMPLIFY_APP_ORIGIN=http://localhost:3000\r\n');

    runCli(['add', 'auth-routes', '--yes', '--force', '--origin', 'https://other.example.com', '--cwd', root]);
    expect(read(root, '.env.local')).toBe(
      '# secrets\r\nAPI_KEY=abc\r\nexport OTHER="x"\r\nAMPLIFY_APP_ORIGIN=https://other.example.com\r\n',
    );
  });

  it('treats a quoted equal value as the same', () => {
    const root = initialized('next15-app-js');
    writeTree(root, { '.env.local': 'AMPLIFY_APP_ORIGIN="http://localhost:3000"\n' });
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.created).not.toContain('.env.local');
    expect(json.updated).not.toContain('.env.local');
  });

  it('adds the callback URLs to a Gen 2 backend through the AST', () => {
    const root = initialized('next15-app-src-ts');
    const resource = `import { defineAuth, secret } from '@aws-amplify/backend';

export const auth = defineAuth({
  loginWith: {
    email: true,
    externalProviders: {
      google: { clientId: secret('GOOGLE_CLIENT_ID'), clientSecret: secret('GOOGLE_CLIENT_SECRET') },
      callbackUrls: ['http://localhost:3000/profile'],
      logoutUrls: ['http://localhost:3000/'],
    },
  },
});
`;
    writeTree(root, { 'amplify/auth/resource.ts': resource });
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.updated).toContain('amplify/auth/resource.ts');
    expect(read(root, 'amplify/auth/resource.ts')).toBe(
      resource
        .replace(
          "['http://localhost:3000/profile']",
          "['http://localhost:3000/api/auth/sign-in-callback', 'http://localhost:3000/profile']",
        )
        .replace("['http://localhost:3000/']", "['http://localhost:3000/api/auth/sign-out-callback', 'http://localhost:3000/']"),
    );
  });

  it('puts the callback URLs first on their origin, where the adapter picks them, and says the deployed outputs still pick http://localhost:3000/', () => {
    const root = initialized('next15-gen2-callback-urls-ts');
    const { json, exitCode } = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(read(root, 'amplify/auth/resource.ts')).toContain(
      "callbackUrls: ['http://localhost:3000/api/auth/sign-in-callback', 'http://localhost:3000/', 'https://www.example.com/'],",
    );
    expect(json.notes).toContain(
      "amplify_outputs.json does not register the sign-in redirect http://localhost:3000/api/auth/sign-in-callback in redirect_sign_in_uri: with AMPLIFY_APP_ORIGIN=http://localhost:3000 the adapter sends redirect_uri=http://localhost:3000/ and sign-in cannot complete. amplify/auth/resource.ts now lists it where the adapter picks it: redeploy the backend (npx ampx sandbox, or your branch's deploy) to regenerate amplify_outputs.json.",
    );
    expect(json.notes).toContain(
      "amplify_outputs.json does not register the sign-out redirect http://localhost:3000/api/auth/sign-out-callback in redirect_sign_out_uri: with AMPLIFY_APP_ORIGIN=http://localhost:3000 the adapter sends logout_uri=http://localhost:3000/ and sign-out leaves the session cookies in place. amplify/auth/resource.ts now lists it where the adapter picks it: redeploy the backend (npx ampx sandbox, or your branch's deploy) to regenerate amplify_outputs.json.",
    );

    // Outputs deployed from an older resource.ts that had ours after http://localhost:3000/.
    const outputs = JSON.parse(read(root, 'amplify_outputs.json'));
    outputs.auth.oauth.redirect_sign_in_uri = ['http://localhost:3000/', 'http://localhost:3000/api/auth/sign-in-callback'];
    outputs.auth.oauth.redirect_sign_out_uri = ['http://localhost:3000/api/auth/sign-out-callback', 'http://localhost:3000/'];
    writeTree(root, { 'amplify_outputs.json': JSON.stringify(outputs, null, 2) });
    const stale = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(stale.json).toMatchObject({ outcome: 'nothing-to-do' });
    expect(stale.json.notes.filter((note: string) => note.startsWith('amplify_outputs.json'))).toEqual([
      "amplify_outputs.json lists http://localhost:3000/ before the sign-in redirect http://localhost:3000/api/auth/sign-in-callback in redirect_sign_in_uri: with AMPLIFY_APP_ORIGIN=http://localhost:3000 the adapter sends redirect_uri=http://localhost:3000/ and sign-in cannot complete. amplify/auth/resource.ts now lists it where the adapter picks it: redeploy the backend (npx ampx sandbox, or your branch's deploy) to regenerate amplify_outputs.json.",
    ]);

    // After the redeploy, the outputs follow resource.ts: nothing to say.
    outputs.auth.oauth.redirect_sign_in_uri = [
      'http://localhost:3000/api/auth/sign-in-callback',
      'http://localhost:3000/',
      'https://www.example.com/',
    ];
    writeTree(root, { 'amplify_outputs.json': JSON.stringify(outputs, null, 2) });
    const deployed = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(deployed.json.notes.filter((note: string) => note.startsWith('amplify_outputs.json'))).toEqual([]);
  });

  it('gives a Gen 2 backend without externalProviders its callback URLs, and asks for a redeploy instead of refusing', () => {
    const root = initialized('next15-app-src-ts');
    const resource =
      "import { defineAuth } from '@aws-amplify/backend';\n\nexport const auth = defineAuth({\n  loginWith: {\n    email: true,\n  },\n});\n";
    writeTree(root, {
      'amplify/auth/resource.ts': resource,
      'amplify_outputs.json': JSON.stringify({
        auth: { user_pool_id: 'x', aws_region: 'us-east-1', user_pool_client_id: 'y' },
        version: '1.4',
      }),
    });
    const result = runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(read(root, 'amplify/auth/resource.ts')).toBe(
      resource.replace(
        '    email: true,\n',
        "    email: true,\n    externalProviders: {\n      callbackUrls: ['http://localhost:3000/api/auth/sign-in-callback'],\n      logoutUrls: ['http://localhost:3000/api/auth/sign-out-callback'],\n    },\n",
      ),
    );
    expect(result.stdout).toContain(
      "amplify_outputs.json has no OAuth (Managed Login) settings yet: amplify/auth/resource.ts defines externalProviders with the callback URLs, so redeploy the backend (npx ampx sandbox, or your branch's deploy) to create the Cognito domain and regenerate amplify_outputs.json",
    );
    expect(result.stdout).not.toContain('domainPrefix');
    expect(result.stdout).toContain(
      'Deploy the backend (npx ampx sandbox) so that Cognito registers the URLs amplify/auth/resource.ts lists:',
    );
  });

  it('says when a Gen 1 config lists another URL on the origin first, and how to reorder it', () => {
    const root = initialized('next14-pages-src-js-middleware');
    writeTree(root, {
      'src/aws-exports.js':
        'const c = { oauth: { domain: "d.auth.us-east-1.amazoncognito.com", redirectSignIn: "http://localhost:3000/,http://localhost:3000/api/auth/sign-in-callback", redirectSignOut: "http://localhost:3000/api/auth/sign-out-callback" } };\nexport default c;\n',
    });
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.notes).toContain(
      'src/aws-exports.js lists http://localhost:3000/ before the sign-in redirect http://localhost:3000/api/auth/sign-in-callback in oauth.redirectSignIn: with AMPLIFY_APP_ORIGIN=http://localhost:3000 the adapter sends redirect_uri=http://localhost:3000/ and sign-in cannot complete. Put http://localhost:3000/api/auth/sign-in-callback first among the http://localhost:3000 URLs in your Cognito app client (amplify update auth, then amplify push).',
    );
    expect(json.notes.join('\n')).not.toContain('sign-out redirect');
  });

  it('--buttons writes the link components', () => {
    const root = initialized('next15-app-js');
    runCli(['add', 'auth-routes', '--yes', '--buttons', '--cwd', root]);
    const buttons = read(root, 'components/AuthButtons.js');
    expect(buttons).toContain('export function SignInButton(props) {\n  const { provider, children = "Sign in" } = props;');
    expect(buttons).toContain('`/api/auth/sign-in?provider=${encodeURIComponent(provider)}`');
    expect(buttons).toContain('<a href="/api/auth/sign-out">{children}</a>');
  });

  it('says when the user middleware would guard /api/auth/*', () => {
    const root = initialized('next14-pages-src-js-middleware');
    writeTree(root, {
      'src/aws-exports.js':
        'const c = { oauth: { domain: "d.auth.us-east-1.amazoncognito.com", redirectSignIn: "", redirectSignOut: "" } };\nexport default c;\n',
    });
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.notes).toContain(
      'src/middleware.js also runs for /api/auth/*: exclude api from its matcher, or signed-out users can never reach the sign-in route.',
    );
  });
});

describe('add auth-routes refuses, changing nothing', () => {
  it('a config without OAuth settings: exit 1 with how to add a Cognito domain; --force writes anyway', () => {
    const root = initialized('next15-app-src-ts');
    writeTree(root, {
      'amplify_outputs.json': JSON.stringify({
        auth: { user_pool_id: 'x', aws_region: 'us-east-1', user_pool_client_id: 'y' },
        version: '1.4',
      }),
    });
    const before = readTree(root);
    const refused = runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('amplify_outputs.json has no OAuth (Managed Login) settings');
    expect(refused.stderr).toContain('externalProviders');
    expect(readTree(root)).toEqual(before);

    const forced = runCli(['add', 'auth-routes', '--yes', '--force', '--cwd', root]);
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('Writing the routes anyway (--force)');
    expect(fs.existsSync(path.join(root, 'src/app/api/auth/[slug]/route.ts'))).toBe(true);
  });

  it.each([
    [['--origin', 'localhost:3000'], /--origin "localhost:3000" must use http or https/],
    [['--origin', 'https://app.example.com/app'], /must be an origin only/],
    [['--origin', 'not a url'], /is not a URL/],
    [['--cookie-same-site', 'loose'], /--cookie-same-site "loose" is not strict, lax or none/],
    [['--cookie-same-site', 'none'], /needs an https origin/],
    [['--cookie-max-age', '-5'], /--cookie-max-age "-5" is not a positive number of seconds/],
    [['--cookie-max-age', 'week'], /is not a positive number of seconds/],
    [['--cookie-domain', 'exa mple.com'], /is not a domain/],
    [['--redirect-on-sign-in', 'https://evil.example.com'], /is not an app route/],
    [['--router', 'pages'], /this project has no pages\/ folder/],
  ])('usage error %j: exit 2', (args, message) => {
    const root = initialized('next15-app-src-ts');
    const before = readTree(root);
    const result = runCli(['add', 'auth-routes', '--yes', ...args, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readTree(root)).toEqual(before);
  });

  it('an unparsable utils module: exit 1 naming the file', () => {
    const root = initialized('next15-app-src-ts');
    writeTree(root, { 'src/utils/amplifyServerUtils.ts': 'export const { runWithAmplifyServerContext = createServerRunner({\n' });
    const before = readTree(root);
    const result = runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/src\/utils\/amplifyServerUtils\.ts:\d+:\d+ cannot be parsed/);
    expect(readTree(root)).toEqual(before);
  });

  it('a missing project: exit 1', () => {
    const result = runCli(['add', 'auth-routes', '--yes', '--cwd', path.join(REPO, 'test/fixtures/no-such-app')]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/No package\.json in /);
  });
});

describe('add auth-routes reads the config the utils module uses', () => {
  it('after init --config, checks that file, not the first one found', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    // amplify_outputs.json (preferred) has OAuth; the Gen 1 file the app was set up with has none.
    writeTree(root, { 'amplifyconfiguration.json': '{ "aws_project_region": "us-east-1" }\n' });
    runCli(['init', '--yes', '--skip-install', '--config', 'amplifyconfiguration.json', '--cwd', root]);
    const result = runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('amplifyconfiguration.json has no OAuth (Managed Login) settings');
  });
});
