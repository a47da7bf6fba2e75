// End-to-end for a signed-in user: real Next.js apps set up by the built CLI (`init`, `add auth-routes`),
// `next build`, `next start`, and the real adapter and Amplify code doing the token work, against a local
// Cognito stand-in (test/e2e/cognito/) that the app reaches through a preload. See test/e2e/README.md,
// "Signed-in suite".
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, installGroups, MIGRATE_V5_APPS, readOutputs } from './lib/apps.js';
import { commitAll, git, gitStatus } from './lib/git.js';
import { createAppCopy, ensureInstall, installSpecFor } from './lib/install-cache.js';
import { describeAnswer, request, type HttpAnswer, type SetCookie } from './lib/http.js';
import { forgeCognitoTokens } from './lib/jwt.js';
import { CLI_BIN, REPO_ROOT, RUN_DIR, WORK_DIR } from './lib/paths.js';
import { freePort } from './lib/port.js';
import { run, tail, type RunResult } from './lib/run.js';
import { startNext, stopAllServers, type NextServer } from './lib/server.js';
import { log, printSummary, step } from './lib/timing.js';
import { makeCerts, type StandInCerts } from './cognito/certs.js';
import { CognitoStandIn, getFromStandIn, type Pool, type RecordedRequest } from './cognito/stand-in.js';
import type { TokenSubject } from './cognito/tokens.js';

interface SignedInApp {
  /** Folder under test/e2e/apps. */
  name: string;
  title: string;
  next: string;
  /** `init` installs the Amplify packages itself; otherwise --skip-install (the shared install has them). */
  realInstall: boolean;
  middlewareFile: string;
  /** A copy of the app with the Amplify docs' middleware instead of ours, asked the same refresh questions. */
  docsMiddleware: boolean;
}

// Another app is one more entry (its folder: a protected `/` rendering `<p id="user">` from getCurrentUser
// inside runWithAmplifyServerContext, a `/sign-in` page, an amplify_outputs.json with its own pool).
const SIGNED_IN_APPS: SignedInApp[] = [
  {
    name: 'signed-in-next15-app-ts',
    title: 'Next 15 App Router',
    next: '15.5.29',
    realInstall: false,
    middlewareFile: 'middleware.ts',
    docsMiddleware: true,
  },
  {
    name: 'signed-in-next15-pages-ts',
    title: 'Next 15 Pages Router',
    next: '15.5.29',
    realInstall: false,
    middlewareFile: 'middleware.ts',
    docsMiddleware: false,
  },
  {
    name: 'signed-in-next16-app-ts',
    title: 'Next 16 App Router',
    next: '16.4.6',
    realInstall: false,
    middlewareFile: 'proxy.ts',
    docsMiddleware: false,
  },
  {
    name: 'signed-in-next16-pages-ts',
    title: 'Next 16 Pages Router',
    next: '16.4.6',
    realInstall: false,
    middlewareFile: 'proxy.ts',
    docsMiddleware: false,
  },
  {
    name: 'signed-in-next13-pages-ts',
    title: 'Next 13.5 Pages Router',
    next: '13.5.11',
    realInstall: true,
    middlewareFile: 'middleware.ts',
    docsMiddleware: false,
  },
];

// The middleware of the Amplify docs, verbatim: "Validate user session with the Next.js Middleware" on the
// Next.js server-side rendering page (aws-amplify/docs, src/pages/[platform]/frontend/server-side-rendering/
// index.mdx, where it is titled src/middleware.ts; these apps have no src/, so it goes to the root).
const DOCS_MIDDLEWARE = `import { fetchAuthSession } from 'aws-amplify/auth/server';
import { NextRequest, NextResponse } from 'next/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function middleware(request: NextRequest) {
  const response = NextResponse.next();

  const authenticated = await runWithAmplifyServerContext({
    nextServerContext: { request, response },
    operation: async (contextSpec) => {
      try {
        const session = await fetchAuthSession(contextSpec);
        return (
          session.tokens?.accessToken !== undefined &&
          session.tokens?.idToken !== undefined
        );
      } catch (error) {
        console.log(error);
        return false;
      }
    }
  });

  if (authenticated) {
    return response;
  }

  return NextResponse.redirect(new URL('/sign-in', request.url));
}

export const config = {
  matcher: [
    /*
     * Match all request paths except for the ones starting with:
     * - api (API routes)
     * - _next/static (static files)
     * - _next/image (image optimization files)
     * - favicon.ico (favicon file)
     */
    '/((?!api|_next/static|_next/image|favicon.ico|sign-in).*)'
  ]
};
`;

const AMPLIFY_PACKAGES = ['aws-amplify', '@aws-amplify/adapter-nextjs'];
const PKCE_COOKIE = 'com.amplify.server_auth.pkce'; // @aws-amplify/adapter-nextjs dist/esm/auth/constant.mjs
const STATE_COOKIE = 'com.amplify.server_auth.state';
const SIGNING_OUT_COOKIE = 'com.amplify.server_auth.isSigningOut';
const SIGNING_OUT_REDIRECTING_COOKIE = 'com.amplify.server_auth.isSigningOutRedirecting';
const TOKEN_COOKIE_MAX_AGE = String(365 * 24 * 60 * 60); // aws-amplify adapter-core DEFAULT_AUTH_TOKEN_COOKIES_MAX_AGE
const PRELOAD = path.join(REPO_ROOT, 'test', 'e2e', 'cognito', 'preload.cjs');
const REQUEST_TIMEOUT = 30_000;

const USER: TokenSubject = { username: 'e2e-user', sub: '0b5e4c8a-1f2d-4e6a-9c3b-7d8e9f0a1b2c', email: 'e2e-user@example.com' };
const EMAIL_USER: TokenSubject = {
  username: 'e2e.user+tag@example.com',
  sub: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  email: 'e2e.user+tag@example.com',
};

function poolOf(app: { name: string }): Pool {
  const { auth } = readOutputs(app);
  return { region: auth.aws_region, userPoolId: auth.user_pool_id, clientId: auth.user_pool_client_id, domain: auth.oauth.domain };
}
const pools: Pool[] = SIGNED_IN_APPS.map(poolOf);
// The Amplify v5 app of apps.e2e.test.ts, upgraded and migrated here, then signed in (see the end of this file).
const V5_APP = MIGRATE_V5_APPS[0]!;
const v5Pool = poolOf(V5_APP);
const standIn = new CognitoStandIn([...pools, v5Pool]);
let certs: StandInCerts | undefined;
let standInFailure: string | undefined;

process.once('exit', () => standIn.stopNow());

beforeAll(async () => {
  const cliEntry = path.join(REPO_ROOT, 'dist', 'src', 'cli.js');
  if (!fs.existsSync(cliEntry)) throw new Error(`The CLI is not built (${cliEntry} is missing): run \`npm run build\`.`);
  try {
    certs = await makeCerts(path.join(WORK_DIR, 'cognito-stand-in'), standIn.hostnames());
    await standIn.start(certs);
  } catch (error) {
    standInFailure = `the Cognito stand-in could not start (it needs openssl and 127.0.0.1:443, i.e. root): ${(error as Error).message}`;
  }
});

afterAll(async () => {
  await stopAllServers();
  await standIn.stop();
  const refreshes = CognitoStandIn.refreshCalls(standIn.requests).length;
  log(`requests: ${appRequests} to the apps; the stand-in answered ${standIn.requests.length} (${refreshes} token refreshes)`);
  printSummary('timings-signed-in.json');
});

// The same shared installs as apps.e2e.test.ts (same spec, so the same cached folder).
const groups = installGroups();
function sharedInstall(app: { name: string; next: string; realInstall: boolean }): Promise<{ dir: string; reused: boolean }> {
  const key = `next-${app.next}`;
  const members = groups.get(key) ?? [app];
  const needsAmplify = members.some((m) => !m.realInstall);
  return ensureInstall(
    installSpecFor(
      key,
      members.map((m) => m.name),
      needsAmplify ? AMPLIFY_PACKAGES : undefined,
    ),
  );
}

function cli(dir: string, args: string[]): Promise<RunResult> {
  return run(process.execPath, [CLI_BIN, ...args, '--cwd', dir], { cwd: dir, timeoutMs: 5 * 60_000 });
}

function nextBuild(dir: string): Promise<RunResult> {
  return run(process.execPath, [path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: dir,
    timeoutMs: 10 * 60_000,
    tailLines: 60,
  });
}

/** A second copy of a set-up app (its own files, the same hard-linked node_modules), without the build. */
async function copySetUpApp(from: string, to: string): Promise<void> {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  await run('cp', ['-al', path.join(from, 'node_modules'), path.join(to, 'node_modules')], { cwd: to, timeoutMs: 2 * 60_000 });
  for (const entry of fs.readdirSync(from)) {
    if (entry === 'node_modules' || entry === '.next') continue;
    fs.cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  }
}

function startWithStandIn(dir: string): Promise<NextServer> {
  return freePort().then((port) =>
    startNext(dir, port, 120_000, {
      NODE_OPTIONS: `--require ${PRELOAD}`,
      NODE_EXTRA_CA_CERTS: certs!.caFile,
      E2E_COGNITO_HOSTS: standIn.hostnames().join(','),
    }),
  );
}

let appRequests = 0;
/** One request to an app (counted for the README's figures). */
function appRequest(...args: Parameters<typeof request>): Promise<HttpAnswer> {
  appRequests++;
  return request(...args);
}

// ─── cookies ──────────────────────────────────────────────────────────────────────────────────────────────

type Jar = Record<string, string>;

/** The cookie-name encoding of the adapter (utils/cookie/ensureEncodedForJSCookie.mjs): `@` becomes %40. */
function cookieName(name: string): string {
  return encodeURIComponent(name).replace(/%(2[346B]|5E|60|7C)/g, decodeURIComponent);
}

function tokenCookieNames(clientId: string, username: string) {
  const prefix = `CognitoIdentityServiceProvider.${clientId}`;
  const user = `${prefix}.${cookieName(username)}`;
  return {
    lastAuthUser: `${prefix}.LastAuthUser`,
    idToken: `${user}.idToken`,
    accessToken: `${user}.accessToken`,
    refreshToken: `${user}.refreshToken`,
  };
}

function isDeletion(cookie: SetCookie): boolean {
  const maxAge = cookie.attributes.get('max-age');
  const expires = cookie.attributes.get('expires');
  return (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
}

/** What a browser keeps after a response: set cookies replace, deletions remove. */
function applySetCookies(jar: Jar, answer: HttpAnswer): Jar {
  const next = { ...jar };
  for (const cookie of answer.setCookies) {
    if (isDeletion(cookie)) delete next[cookie.name];
    else next[cookie.name] = cookie.raw.slice(cookie.name.length + 1).split(';')[0]!;
  }
  return next;
}

function setCookie(answer: HttpAnswer, name: string): SetCookie | undefined {
  return answer.setCookies.find((c) => c.name === name);
}

function deletedNames(answer: HttpAnswer): string[] {
  return answer.setCookies
    .filter(isDeletion)
    .map((c) => c.name)
    .sort();
}

function userLine(answer: HttpAnswer): string | undefined {
  return /<p id="user">([^<]*)<\/p>/.exec(answer.body)?.[1];
}

function describeRequests(requests: RecordedRequest[]): string {
  return (
    requests.map((r) => `${r.method} https://${r.host}${r.path}${r.operation ? ` [${r.operation}]` : ''} → ${r.status}`).join('\n') ||
    '(none)'
  );
}

function expectRedirectToSignIn(answer: HttpAnswer): void {
  const why = describeAnswer(answer);
  expect(answer.status, why).toBe(307);
  expect(answer.location?.pathname, why).toBe('/sign-in');
}

function liveTokenCookies(answer: HttpAnswer): SetCookie[] {
  return answer.setCookies.filter((c) => /\.(idToken|accessToken|refreshToken)$/.test(c.name) && !isDeletion(c));
}

// ─── the flows ───────────────────────────────────────────────────────────────────────────────────────────

interface SignedIn {
  jar: Jar;
  refreshToken: string;
  callback: HttpAnswer;
  requests: RecordedRequest[];
}

/** /api/auth/sign-in → the stand-in's authorize (as `subject`) → /api/auth/sign-in-callback. */
async function signIn(base: string, pool: Pool, subject: TokenSubject): Promise<SignedIn> {
  const from = standIn.requests.length;
  const start = await appRequest(base, '/api/auth/sign-in', { timeoutMs: REQUEST_TIMEOUT });
  expect(start.status, describeAnswer(start)).toBe(302);
  expect(start.location?.origin, describeAnswer(start)).toBe(`https://${pool.domain}`);
  let jar = applySetCookies({}, start);
  expect(Object.keys(jar).sort(), describeAnswer(start)).toEqual([PKCE_COOKIE, STATE_COOKIE]);

  standIn.nextUser = subject;
  const authorize = await getFromStandIn(start.location!, certs!.ca);
  expect(authorize.status, authorize.body).toBe(302);
  const back = authorize.location!;
  expect(`${back.origin}${back.pathname}`).toBe(`${APP_ORIGIN}/api/auth/sign-in-callback`);
  expect(back.searchParams.get('state')).toBe(jar[STATE_COOKIE]);

  const callback = await appRequest(base, `${back.pathname}${back.search}`, { cookies: jar, timeoutMs: REQUEST_TIMEOUT });
  jar = applySetCookies(jar, callback);
  const names = tokenCookieNames(pool.clientId, subject.username);
  const refreshToken = jar[names.refreshToken] ?? '';
  return { jar, refreshToken, callback, requests: standIn.since(from) };
}

/** The session cookies with an access and ID token that expired a minute ago (validly signed). */
function expiredSession(pool: Pool, subject: TokenSubject, refreshToken: string): Jar {
  const names = tokenCookieNames(pool.clientId, subject.username);
  const expired = standIn.tokensFor(refreshToken, -60);
  return {
    [names.lastAuthUser]: cookieName(subject.username),
    [names.idToken]: expired.idToken,
    [names.accessToken]: expired.accessToken,
    [names.refreshToken]: refreshToken,
  };
}

interface AppState {
  dir: string;
  server?: NextServer;
  blocked?: string;
  session?: SignedIn;
}

function checker(appName: string, state: AppState) {
  return (name: string, fn: () => Promise<void>, critical = false) =>
    it(name, async () => {
      if (standInFailure) throw new Error(standInFailure);
      if (state.blocked) throw new Error(`not run: an earlier step of ${appName} failed (${state.blocked})`);
      try {
        await step(`${appName} › ${name}`, fn);
      } catch (error) {
        if (critical) state.blocked = name;
        if (state.server) log(`last lines of next start's output (${appName}):\n${tail(state.server.output(), 40)}`);
        throw error;
      }
    });
}

/** The refresh and revoked-refresh requests, asked of `server`; returns what happened, for the README. */
async function refreshThroughGuard(server: NextServer, pool: Pool, refreshToken: string, page = '/') {
  const from = standIn.requests.length;
  const answer = await appRequest(server.baseUrl, page, { cookies: expiredSession(pool, USER, refreshToken), timeoutMs: REQUEST_TIMEOUT });
  return { answer, requests: standIn.since(from) };
}

for (const [index, app] of SIGNED_IN_APPS.entries()) {
  const pool = pools[index]!;
  const names = tokenCookieNames(pool.clientId, USER.username);

  describe(`signed in: ${app.title} [${app.name}]`, () => {
    const state: AppState = { dir: '' };
    const check = checker(app.name, state);
    afterAll(async () => {
      await state.server?.stop();
    });

    check(
      'install, init, add auth-routes, next build, next start with the stand-in',
      async () => {
        const { dir: installDir } = await sharedInstall(app);
        state.dir = await createAppCopy(app.name, installDir);
        await cli(state.dir, ['init', '--yes', '--json', ...(app.realInstall ? [] : ['--skip-install'])]);
        await cli(state.dir, ['add', 'auth-routes', '--yes', '--json']);
        expect(fs.existsSync(path.join(state.dir, app.middlewareFile)), app.middlewareFile).toBe(true);
        const adapter = JSON.parse(
          fs.readFileSync(path.join(state.dir, 'node_modules', '@aws-amplify', 'adapter-nextjs', 'package.json'), 'utf8'),
        ) as { version: string };
        log(`${app.name}: @aws-amplify/adapter-nextjs ${adapter.version}`);
        await nextBuild(state.dir);
        state.server = await startWithStandIn(state.dir);
      },
      true,
    );

    check(
      '1. sign-in round trip: authorize → callback → code exchange → HttpOnly token cookies → redirect to /',
      async () => {
        const result = await signIn(state.server!.baseUrl, pool, USER);
        const { callback } = result;
        const why = `${describeAnswer(callback)}\nstand-in:\n${describeRequests(result.requests)}`;
        expect(callback.status, why).toBe(200);
        expect(callback.headers.get('content-type'), why).toBe('text/html');
        // The adapter answers with a page that redirects (so SameSite=Strict cookies are sent on the next request).
        expect(callback.body, why).toContain(`window.location.replace("/")`);
        expect(callback.body, why).toContain(`<meta http-equiv="refresh" content="0; URL='/'" />`);
        for (const name of [names.accessToken, names.idToken, names.refreshToken, names.lastAuthUser]) {
          const cookie = setCookie(callback, name);
          expect(cookie, `Set-Cookie ${name}\n${why}`).toBeDefined();
          expect(Object.fromEntries(cookie!.attributes), cookie!.raw).toEqual({
            httponly: '',
            samesite: 'strict',
            path: '/',
            'max-age': TOKEN_COOKIE_MAX_AGE,
          });
        }
        expect(setCookie(callback, names.lastAuthUser)!.value).toBe(USER.username);
        expect(deletedNames(callback), 'the flow cookies are removed').toEqual([PKCE_COOKIE, STATE_COOKIE]);
        // The one token request the adapter made was the code exchange, with the PKCE verifier.
        expect(result.requests.map((r) => [r.method, r.path, r.operation, r.status].filter((x) => x !== undefined).join(' '))).toEqual([
          'GET /oauth2/authorize 302',
          'POST /oauth2/token authorization_code 200',
        ]);
        expect(result.refreshToken).toMatch(/^stand-in-refresh\./);
        state.session = result;
        log(`signed in: ${callback.setCookies.map((c) => c.raw.replace(/=[^;]{12,}/, '=…')).join(' | ')}`);
      },
      true,
    );

    check('2. a signed-in request passes the guard: / → 200 rendering the user (getCurrentUser on the server)', async () => {
      const from = standIn.requests.length;
      const answer = await appRequest(state.server!.baseUrl, '/', { cookies: state.session!.jar, timeoutMs: REQUEST_TIMEOUT });
      const requests = standIn.since(from);
      const why = `${describeAnswer(answer)}\nstand-in:\n${describeRequests(requests)}`;
      expect(answer.status, why).toBe(200);
      expect(userLine(answer), why).toBe(`signed in as ${USER.username} (${USER.sub})`);
      expect(answer.setCookies, why).toEqual([]);
      expect(CognitoStandIn.refreshCalls(requests), why).toEqual([]);
      expect(
        requests.every((r) => r.path.endsWith('/.well-known/jwks.json')),
        `only JWKS fetches: ${why}`,
      ).toBe(true);
      log(`signed-in request: 200, stand-in requests: ${requests.length} (JWKS)`);
    });

    // On the Pages Router the guard also passes the refreshed tokens on to getServerSideProps: without that it
    // refreshed a second time with the old ones and its response deleted the new cookies (one refresh here).
    check(
      '3. refresh through the guard: expired access token + valid refresh token → 200 with refreshed token cookies, one refresh; the next request needs none',
      async () => {
        const { answer, requests } = await refreshThroughGuard(state.server!, pool, state.session!.refreshToken, '/');
        const why = `${describeAnswer(answer)}\nstand-in:\n${describeRequests(requests)}`;
        expect(answer.status, why).toBe(200);
        expect(userLine(answer), why).toBe(`signed in as ${USER.username} (${USER.sub})`);
        const refreshes = CognitoStandIn.refreshCalls(requests);
        log(`refresh request: 200; refresh calls at the stand-in: ${refreshes.length} (${refreshes.map((r) => r.operation).join(', ')})`);
        expect(refreshes.length, why).toBe(1);
        expect(
          refreshes.every((r) => r.operation === 'GetTokensFromRefreshToken' && r.status === 200),
          why,
        ).toBe(true);
        for (const name of [names.accessToken, names.idToken]) {
          const cookie = setCookie(answer, name);
          expect(cookie && !isDeletion(cookie), `refreshed ${name} in Set-Cookie\n${why}`).toBe(true);
          expect(cookie!.attributes.has('httponly'), cookie!.raw).toBe(true);
          expect(cookie!.attributes.get('path'), cookie!.raw).toBe('/');
        }
        const newAccess = setCookie(answer, names.accessToken)!.value;
        const claims = JSON.parse(Buffer.from(newAccess.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number; username: string };
        expect(claims.exp * 1000, 'the new access token is not expired').toBeGreaterThan(Date.now());
        expect(claims.username).toBe(USER.username);
        expect(deletedNames(answer), why).toEqual([]);

        const jar = applySetCookies(expiredSession(pool, USER, state.session!.refreshToken), answer);
        const from = standIn.requests.length;
        const again = await appRequest(state.server!.baseUrl, '/', { cookies: jar, timeoutMs: REQUEST_TIMEOUT });
        const againRequests = standIn.since(from);
        const whyAgain = `${describeAnswer(again)}\nstand-in:\n${describeRequests(againRequests)}`;
        expect(again.status, whyAgain).toBe(200);
        expect(userLine(again), whyAgain).toBe(`signed in as ${USER.username} (${USER.sub})`);
        expect(CognitoStandIn.refreshCalls(againRequests), whyAgain).toEqual([]);
        expect(liveTokenCookies(again), whyAgain).toEqual([]);
      },
    );

    check('4. a revoked or invalid refresh token → 307 to /sign-in carrying the cookie deletions Amplify made', async () => {
      const revoked = await signIn(state.server!.baseUrl, pool, USER);
      standIn.revoke(revoked.refreshToken);
      for (const [label, refreshToken, cookies] of [
        ['revoked', revoked.refreshToken, expiredSession(pool, USER, revoked.refreshToken)],
        [
          'invalid',
          'not-a-refresh-token',
          { ...expiredSession(pool, USER, revoked.refreshToken), [names.refreshToken]: 'not-a-refresh-token' },
        ],
      ] as const) {
        const from = standIn.requests.length;
        const answer = await appRequest(state.server!.baseUrl, '/', { cookies, timeoutMs: REQUEST_TIMEOUT });
        const requests = standIn.since(from);
        const why = `${label} refresh token ${refreshToken.slice(0, 24)}…\n${describeAnswer(answer)}\nstand-in:\n${describeRequests(requests)}`;
        expectRedirectToSignIn(answer);
        expect(
          CognitoStandIn.refreshCalls(requests).map((r) => r.status),
          why,
        ).toEqual([400]);
        const deleted = deletedNames(answer);
        log(`${label} refresh token: 307, deleted cookies: ${deleted.join(', ')}`);
        for (const name of [names.accessToken, names.idToken, names.refreshToken, names.lastAuthUser]) {
          expect(deleted, `${name} deleted\n${why}`).toContain(name);
        }
        expect(liveTokenCookies(answer), why).toEqual([]);
        // The browser drops the dead tokens: its next request asks Cognito nothing and is redirected.
        const jar = applySetCookies(cookies, answer);
        const next = standIn.requests.length;
        expectRedirectToSignIn(await appRequest(state.server!.baseUrl, '/', { cookies: jar, timeoutMs: REQUEST_TIMEOUT }));
        expect(CognitoStandIn.refreshCalls(standIn.since(next)), 'no refresh after the deletions').toEqual([]);
      }
    });

    check(
      '5. sign-out: /api/auth/sign-out → stand-in /logout → /api/auth/sign-out-callback → token revoked, cookies cleared; then / → 307',
      async () => {
        const session = await signIn(state.server!.baseUrl, pool, USER);
        const base = state.server!.baseUrl;
        const from = standIn.requests.length;
        const out = await appRequest(base, '/api/auth/sign-out', { cookies: session.jar, timeoutMs: REQUEST_TIMEOUT });
        expect(out.status, describeAnswer(out)).toBe(302);
        expect(`${out.location!.origin}${out.location!.pathname}`).toBe(`https://${pool.domain}/logout`);
        let jar = applySetCookies(session.jar, out);
        expect(jar[SIGNING_OUT_COOKIE]).toBe('true');
        expect(jar[SIGNING_OUT_REDIRECTING_COOKIE]).toBe('true');

        const logout = await getFromStandIn(out.location!, certs!.ca);
        expect(logout.status, logout.body).toBe(302);
        expect(logout.location!.toString()).toBe(`${APP_ORIGIN}/api/auth/sign-out-callback`);

        // First visit: the adapter's same-site intermediate page (it drops isSigningOutRedirecting).
        const first = await appRequest(base, '/api/auth/sign-out-callback', { cookies: jar, timeoutMs: REQUEST_TIMEOUT });
        expect(first.status, describeAnswer(first)).toBe(200);
        expect(deletedNames(first)).toEqual([SIGNING_OUT_REDIRECTING_COOKIE]);
        jar = applySetCookies(jar, first);
        // Second visit: the refresh token is revoked at Cognito and the cookies are cleared.
        const second = await appRequest(base, '/api/auth/sign-out-callback', { cookies: jar, timeoutMs: REQUEST_TIMEOUT });
        const requests = standIn.since(from);
        const why = `${describeAnswer(second)}\nstand-in:\n${describeRequests(requests)}`;
        expect(second.status, why).toBe(302);
        expect(second.location?.pathname, why).toBe('/sign-in');
        expect(deletedNames(second), why).toEqual(
          [names.accessToken, names.idToken, names.lastAuthUser, names.refreshToken, SIGNING_OUT_COOKIE].sort(),
        );
        expect(
          requests.map((r) => `${r.method} ${r.path} ${r.status}`),
          why,
        ).toEqual(['GET /logout 302', 'POST /oauth2/revoke 200']);
        expect(standIn.isRevoked(session.refreshToken), 'the refresh token is revoked at the stand-in').toBe(true);
        jar = applySetCookies(jar, second);
        expect(jar, 'no cookie left').toEqual({});
        expectRedirectToSignIn(await appRequest(base, '/', { cookies: jar, timeoutMs: REQUEST_TIMEOUT }));
        // And the revoked refresh token cannot bring the session back.
        expectRedirectToSignIn(
          await appRequest(base, '/', { cookies: expiredSession(pool, USER, session.refreshToken), timeoutMs: REQUEST_TIMEOUT }),
        );
      },
    );

    check('6. an email-address username: cookie names carry it encoded (%40), sign-in, the guard and a refresh work', async () => {
      const emailNames = tokenCookieNames(pool.clientId, EMAIL_USER.username);
      const result = await signIn(state.server!.baseUrl, pool, EMAIL_USER);
      const why = describeAnswer(result.callback);
      expect(result.callback.status, why).toBe(200);
      expect(emailNames.idToken, 'the expected name').toContain('e2e.user+tag%40example.com.idToken');
      for (const name of [emailNames.accessToken, emailNames.idToken, emailNames.refreshToken]) {
        expect(setCookie(result.callback, name), `Set-Cookie ${name}\n${why}`).toBeDefined();
      }
      const page = await appRequest(state.server!.baseUrl, '/', { cookies: result.jar, timeoutMs: REQUEST_TIMEOUT });
      expect(page.status, describeAnswer(page)).toBe(200);
      expect(userLine(page), describeAnswer(page)).toBe(`signed in as ${EMAIL_USER.username} (${EMAIL_USER.sub})`);
      const from = standIn.requests.length;
      const expired = expiredSession(pool, EMAIL_USER, result.refreshToken);
      const refreshed = await appRequest(state.server!.baseUrl, '/', { cookies: expired, timeoutMs: REQUEST_TIMEOUT });
      const whyRefresh = `${describeAnswer(refreshed)}\nstand-in:\n${describeRequests(standIn.since(from))}`;
      expect(refreshed.status, whyRefresh).toBe(200);
      expect(CognitoStandIn.refreshCalls(standIn.since(from)).length, whyRefresh).toBe(1);
      const kept = applySetCookies(expired, refreshed)[emailNames.accessToken];
      expect(kept && kept !== expired[emailNames.accessToken], `the browser holds a new access token\n${whyRefresh}`).toBe(true);
    });

    check('7. tokens from another pool, or signed by another key, are not a session → 307, no token cookie', async () => {
      const otherPool = standIn.tokensFor(state.session!.refreshToken, 3600);
      // Same key and claims, but the issuer of another user pool.
      const reissued = (jwt: string) => {
        const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
        return standIn.key.sign({ ...payload, iss: `https://cognito-idp.${pool.region}.amazonaws.com/${pool.region}_AnotherPool` });
      };
      const forged = forgeCognitoTokens({
        region: pool.region,
        userPoolId: pool.userPoolId,
        clientId: pool.clientId,
        username: USER.username,
      });
      const cases: Array<[string, Jar]> = [
        [
          'another pool',
          {
            [names.lastAuthUser]: USER.username,
            [names.idToken]: reissued(otherPool.idToken),
            [names.accessToken]: reissued(otherPool.accessToken),
          },
        ],
        ['another key', forged.cookies],
      ];
      for (const [label, cookies] of cases) {
        const answer = await appRequest(state.server!.baseUrl, '/', { cookies, timeoutMs: REQUEST_TIMEOUT });
        expectRedirectToSignIn(answer);
        expect(liveTokenCookies(answer), `${label}\n${describeAnswer(answer)}`).toEqual([]);
      }
    });

    if (app.docsMiddleware) {
      check("the Amplify docs' middleware (verbatim, in a copy of the app): the same refresh and revoked requests, recorded", async () => {
        const docsDir = path.join(RUN_DIR, `${app.name}-docs-middleware`);
        await copySetUpApp(state.dir, docsDir);
        fs.writeFileSync(path.join(docsDir, app.middlewareFile), DOCS_MIDDLEWARE);
        await nextBuild(docsDir);
        const server = await startWithStandIn(docsDir);
        try {
          const session = await signIn(server.baseUrl, pool, USER);
          expect(session.callback.status, describeAnswer(session.callback)).toBe(200);
          const refresh = await refreshThroughGuard(server, pool, session.refreshToken);
          const refreshed = [names.accessToken, names.idToken].filter(
            (n) => setCookie(refresh.answer, n) && !isDeletion(setCookie(refresh.answer, n)!),
          );
          log(
            `docs middleware, refresh: ${refresh.answer.status}, refreshed cookies: ${refreshed.length}, refresh calls: ${CognitoStandIn.refreshCalls(refresh.requests).length}`,
          );
          standIn.revoke(session.refreshToken);
          const revoked = await refreshThroughGuard(server, pool, session.refreshToken);
          log(
            `docs middleware, revoked: ${revoked.answer.status} → ${revoked.answer.location?.pathname}, deleted cookies: ${deletedNames(revoked.answer).join(', ') || 'none'}`,
          );
          // The browser keeps the dead cookies, so every later request asks Cognito again.
          const kept = applySetCookies(expiredSession(pool, USER, session.refreshToken), revoked.answer);
          const next = standIn.requests.length;
          const again = await appRequest(server.baseUrl, '/', { cookies: kept, timeoutMs: REQUEST_TIMEOUT });
          const retried = CognitoStandIn.refreshCalls(standIn.since(next));
          log(
            `docs middleware, the next request with the cookies kept: ${again.status}, refresh calls: ${retried.length} (${retried.map((r) => r.status).join(', ')})`,
          );
          // What it does (README, "Signed-in suite"): a refresh works like ours (it returns `response`)...
          expect(refresh.answer.status, describeAnswer(refresh.answer)).toBe(200);
          expect(refreshed, describeAnswer(refresh.answer)).toEqual([names.accessToken, names.idToken]);
          // ...but its redirect is a new response: the deletions Amplify made are lost, the dead cookies stay.
          expectRedirectToSignIn(revoked.answer);
          expect(deletedNames(revoked.answer), describeAnswer(revoked.answer)).toEqual([]);
          expectRedirectToSignIn(again);
          expect(
            retried.map((r) => r.status),
            'the kept dead refresh token is tried again',
          ).toEqual([400]);
        } finally {
          await server.stop();
        }
      });
    }
  });
}

// Step 2 for a migrated page: the v5 app (withSSRContext in getServerSideProps and an API route) taken
// through the upgrade and migrate-v5 as apps.e2e.test.ts does, plus add auth-routes for the sign-in round
// trip. It has no middleware (init --no-middleware): the migrated getServerSideProps is the only guard.
describe(`signed in: a migrated v5 page [${V5_APP.name}]`, () => {
  const state: AppState = { dir: '' };
  const check = checker(V5_APP.name, state);
  afterAll(async () => {
    await state.server?.stop();
  });

  check(
    'npm install aws-amplify@6, init --no-middleware, migrate-v5, add auth-routes, next build, next start with the stand-in',
    async () => {
      const { dir: installDir } = await sharedInstall(V5_APP);
      // A copy of its own: apps.e2e.test.ts takes the same app through its own flow.
      state.dir = await createAppCopy(V5_APP.name, installDir, `signed-in-${V5_APP.name}`);
      const dir = state.dir;
      await git(dir, ['init', '-q']);
      await commitAll(dir, 'Amplify v5 app');
      await run('npm', ['install', 'aws-amplify@6'], { cwd: dir, timeoutMs: 5 * 60_000 });
      await cli(dir, ['init', '--yes', '--no-middleware', '--json']);
      await commitAll(dir, 'amplify-next init');
      const migrated = JSON.parse((await cli(dir, ['migrate-v5', '--yes', '--json'])).stdout) as { filesChanged: string[] };
      expect(migrated.filesChanged.sort()).toEqual(V5_APP.serverFiles);
      for (const file of V5_APP.serverFiles) expect(fs.readFileSync(path.join(dir, file), 'utf8'), file).not.toContain('withSSRContext');
      await commitAll(dir, 'amplify-next migrate-v5');
      const added = JSON.parse((await cli(dir, ['add', 'auth-routes', '--yes', '--json'])).stdout) as { notes: string[] };
      expect(fs.existsSync(path.join(dir, 'pages/api/auth/[slug].ts')), 'the auth route handler').toBe(true);
      // The v5 app's Hosted UI redirects to / and /sign-in: add auth-routes says the backend must register
      // the callback routes and amplify_outputs.json be regenerated. The redeploy's outputs, as Amplify writes them:
      const callbacks = {
        redirect_sign_in_uri: `${APP_ORIGIN}/api/auth/sign-in-callback`,
        redirect_sign_out_uri: `${APP_ORIGIN}/api/auth/sign-out-callback`,
      };
      for (const [key, url] of Object.entries(callbacks)) {
        expect(added.notes.join('\n'), `the note about ${key}`).toContain(
          `does not register the ${key.includes('out') ? 'sign-out' : 'sign-in'} redirect ${url} in ${key}`,
        );
      }
      const outputsFile = path.join(dir, 'amplify_outputs.json');
      const outputs = JSON.parse(fs.readFileSync(outputsFile, 'utf8')) as { auth: { oauth: Record<string, string[]> } };
      for (const [key, url] of Object.entries(callbacks)) outputs.auth.oauth[key] = [url, ...outputs.auth.oauth[key]!];
      fs.writeFileSync(outputsFile, `${JSON.stringify(outputs, null, 2)}\n`);
      expect(
        (await gitStatus(dir)).filter((line) => /middleware|proxy/.test(line)),
        'no guard file',
      ).toEqual([]);
      await nextBuild(dir);
      state.server = await startWithStandIn(dir);
    },
    true,
  );

  check(
    '2. the migrated getServerSideProps page and API route, signed in: / → 200 rendering the user, /api/me → 200 with the username',
    async () => {
      const base = state.server!.baseUrl;
      const signedIn = await signIn(base, v5Pool, USER);
      expect(signedIn.callback.status, describeAnswer(signedIn.callback)).toBe(200);
      const from = standIn.requests.length;
      const page = await appRequest(base, '/', { cookies: signedIn.jar, timeoutMs: REQUEST_TIMEOUT });
      const requests = standIn.since(from);
      const why = `${describeAnswer(page)}\nstand-in:\n${describeRequests(requests)}`;
      expect(page.status, why).toBe(200);
      // React puts a comment between the text and the expression: <h1>Hello, <!-- -->e2e-user</h1>.
      expect(/<h1>Hello, (?:<!-- -->)?([^<]*)<\/h1>/.exec(page.body)?.[1], why).toBe(USER.username);
      expect(CognitoStandIn.refreshCalls(requests), why).toEqual([]);
      const me = await appRequest(base, '/api/me', { cookies: signedIn.jar, timeoutMs: REQUEST_TIMEOUT });
      expect(me.status, describeAnswer(me)).toBe(200);
      expect(JSON.parse(me.body), describeAnswer(me)).toEqual({ username: USER.username });
      // Signed out, the same page still redirects (its own redirect: there is no middleware).
      expectRedirectToSignIn(await appRequest(base, '/', { timeoutMs: REQUEST_TIMEOUT }));
      log(`migrated v5 page: 200 as ${USER.username}; /api/me 200; stand-in requests: ${requests.length}`);
    },
  );
});
