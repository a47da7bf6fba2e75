// End-to-end: real Next.js apps (13.5, 14, 15, 16; App and Pages Router; TS and JS; src/ layout), the built
// `amplify-next` CLI, real npm installs, `tsc`, `next build`, `next start`, real HTTP and a real browser;
// and an Amplify v5 app taken through the upgrade and `migrate-v5`. No mocks. See test/e2e/README.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, APPS, EXISTING_MIDDLEWARE_APPS, installGroups, MIGRATE_V5_APPS, readOutputs, type InstallMember } from './lib/apps.js';
import { artifactPath, launchChromium, requireChromium, type ConsoleMessage } from './lib/browser.js';
import { createAppCopy, ensureInstall, installSpecFor } from './lib/install-cache.js';
import { describeAnswer, request, RequestTimeout, s256, tokenCookies, type HttpAnswer } from './lib/http.js';
import { commitAll, git, gitStatus } from './lib/git.js';
import { forgeCognitoTokens } from './lib/jwt.js';
import { CLI_BIN, REPO_ROOT } from './lib/paths.js';
import { freePort, isListening } from './lib/port.js';
import { failWith, run, tail, type RunResult } from './lib/run.js';
import { startNext, stopAllServers, type NextServer } from './lib/server.js';
import { log, printSummary, step } from './lib/timing.js';

const AMPLIFY_PACKAGES = ['aws-amplify', '@aws-amplify/adapter-nextjs'];
const PKCE_COOKIE = 'com.amplify.server_auth.pkce'; // node_modules/@aws-amplify/adapter-nextjs/dist/esm/auth/constant.mjs
const STATE_COOKIE = 'com.amplify.server_auth.state';

// One install per Next.js version, shared by its apps. The group whose apps run `init --skip-install`
// gets the Amplify packages installed directly into the shared install.
const groups = installGroups();
const installs = new Map<string, Promise<{ dir: string; reused: boolean }>>();
function sharedInstall(app: InstallMember): Promise<{ dir: string; reused: boolean }> {
  const key = `next-${app.next}`;
  let pending = installs.get(key);
  if (!pending) {
    const members = groups.get(key)!;
    const needsAmplify = members.some((m) => !m.realInstall);
    pending = ensureInstall(
      installSpecFor(
        key,
        members.map((m) => m.name),
        needsAmplify ? AMPLIFY_PACKAGES : undefined,
      ),
    );
    installs.set(key, pending);
  }
  return pending;
}

beforeAll(() => {
  const cliEntry = path.join(REPO_ROOT, 'dist', 'src', 'cli.js');
  if (!fs.existsSync(cliEntry)) {
    throw new Error(`The CLI is not built (${cliEntry} is missing): run \`npm run build\` (npm run test:e2e does it).`);
  }
});

afterAll(async () => {
  await stopAllServers();
  printSummary();
});

function cli(dir: string, args: string[], options: { allowFailure?: boolean } = {}): Promise<RunResult> {
  return run(process.execPath, [CLI_BIN, ...args, '--cwd', dir], { cwd: dir, timeoutMs: 5 * 60_000, ...options });
}

interface JsonSummary {
  created: string[];
  updated: string[];
  install?: { command: string; ran: boolean } | null;
  [key: string]: unknown;
}

function parseJson(result: RunResult): JsonSummary {
  try {
    const json = JSON.parse(result.stdout) as JsonSummary;
    if (!Array.isArray(json.created) || !Array.isArray(json.updated)) throw new Error('no created/updated arrays');
    return json;
  } catch (error) {
    failWith(
      result,
      `--json did not print one JSON summary with created/updated on stdout (${(error as Error).message}); stdout was:\n${result.stdout.slice(0, 2000)}`,
    );
  }
}

/** Hashes of the app's own files (not node_modules, .next, .git), to prove a run wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', '.next', '.git'].includes(entry.name)) walk(rel);
      } else if (entry.isFile() && entry.name !== 'tsconfig.tsbuildinfo') {
        files.set(
          rel,
          crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(dir, rel)))
            .digest('hex'),
        );
      }
    }
  };
  walk('');
  return files;
}

function readJson(file: string): Record<string, Record<string, string> | undefined> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;
}

function declares(dir: string, name: string): string | undefined {
  const pkg = readJson(path.join(dir, 'package.json'));
  return pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
}

function findFile(dir: string, candidates: string[]): string | undefined {
  return candidates.find((c) => fs.existsSync(path.join(dir, c)));
}

function expectRedirectToSignIn(answer: HttpAnswer): void {
  const why = describeAnswer(answer);
  expect(answer.status, why).toBe(307);
  expect(answer.location?.pathname, why).toBe('/sign-in');
}

interface AppState {
  dir: string;
  blocked?: string;
  server?: NextServer;
  port?: number;
}

/** Declares one check of an app; when `critical`, a failure blocks the later checks of this app (they fail, never skip). */
function checker(appName: string, state: AppState) {
  return (name: string, fn: () => Promise<void>, critical = false) =>
    it(name, async () => {
      if (state.blocked) throw new Error(`not run: an earlier step of ${appName} failed (${state.blocked})`);
      try {
        await step(`${appName} › ${name}`, fn);
      } catch (error) {
        if (critical) state.blocked = name;
        if (state.server) log(`last lines of next start's output (${appName}):\n${tail(state.server.output(), 30)}`);
        throw error;
      }
    });
}

function nextBuild(dir: string): Promise<RunResult> {
  return run(process.execPath, [path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: dir,
    timeoutMs: 10 * 60_000,
    tailLines: 60,
  });
}

/** The one matcher string of a generated guard, as its source spells it (escapes undone). */
function guardMatcher(dir: string, guardFile: string): string {
  const literal = /matcher: \[\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1,?\s*\]/.exec(fs.readFileSync(path.join(dir, guardFile), 'utf8'));
  if (!literal) throw new Error(`${guardFile} has no one-string matcher`);
  return literal[2]!.replace(/\\(.)/g, '$1');
}

function tscNoEmit(dir: string): Promise<RunResult> {
  return run(process.execPath, [path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], {
    cwd: dir,
    timeoutMs: 5 * 60_000,
  });
}

for (const app of APPS) {
  describe(`${app.title} [${app.name}]`, () => {
    const outputs = readOutputs(app);
    const { domain } = outputs.auth.oauth;
    const clientId = outputs.auth.user_pool_client_id;
    const state: AppState = { dir: '' };
    const check = checker(app.name, state);

    afterAll(async () => {
      await state.server?.stop();
    });

    check(
      `shared install for Next ${app.next} and a hard-linked copy of the app`,
      async () => {
        const { dir: installDir } = await sharedInstall(app);
        state.dir = await createAppCopy(app.name, installDir);
        const nextPkg = readJson(path.join(state.dir, 'node_modules', 'next', 'package.json')) as unknown as { version: string };
        expect(nextPkg.version).toBe(app.next);
        log(`${app.name}: copy in ${state.dir}`);
      },
      true,
    );

    check(
      app.realInstall
        ? 'init --yes installs the Amplify packages with npm and writes the setup'
        : 'init --yes --skip-install writes the setup; its install command works',
      async () => {
        const dir = state.dir;
        const result = await cli(dir, ['init', '--yes', '--json', ...(app.realInstall ? [] : ['--skip-install'])]);
        const json = parseJson(result);
        log(
          `init created ${JSON.stringify(json.created)}, updated ${JSON.stringify(json.updated)}, install ${JSON.stringify(json.install)}`,
        );
        expect(json.created, 'init must create the route guard where Next.js reads it').toContain(app.guardFile);
        const otherGuards = [...json.created, ...json.updated].filter(
          (file) => /(^|\/)(middleware|proxy)\.[jt]sx?$/.test(file) && file !== app.guardFile,
        );
        expect(otherGuards, 'no second guard file').toEqual([]);
        if (app.realInstall) {
          expect(json.install?.ran, 'init must run the install itself').toBe(true);
          expect(json.install?.command).toMatch(/^npm (install|i) /);
        } else {
          expect(json.install?.ran).toBe(false);
          const command = json.install?.command ?? '';
          expect(command, 'the printed install command').toMatch(/^npm install /);
          const [bin, ...args] = command.split(/\s+/).map((a) => a.replace(/^'(.*)'$/, '$1'));
          await run(bin!, args, { cwd: dir, timeoutMs: 5 * 60_000 });
        }
        for (const name of AMPLIFY_PACKAGES) {
          expect(declares(dir, name), `package.json declares ${name}`).toBeTruthy();
          expect(fs.existsSync(path.join(dir, 'node_modules', name, 'package.json')), `${name} is installed`).toBe(true);
        }
        const utils = findFile(dir, [
          'utils/amplifyServerUtils.ts',
          'utils/amplifyServerUtils.js',
          'src/utils/amplifyServerUtils.ts',
          'src/utils/amplifyServerUtils.js',
        ]);
        expect(utils, 'the server utils module').toBeDefined();
        expect(fs.readFileSync(path.join(dir, utils!), 'utf8')).toContain('createServerRunner');
        const guard = fs.readFileSync(path.join(dir, app.guardFile), 'utf8');
        expect(guard).toContain('/sign-in');
        const kind = path.basename(app.guardFile).split('.')[0]!;
        expect(guard, `the ${kind} file exports the function Next.js calls`).toMatch(new RegExp(`export async function ${kind}\\(request`));
        if (kind === 'proxy') expect(guard, 'a proxy must not set a runtime (it fails the build on 16)').not.toMatch(/runtime/);
        const base = app.srcDir ? 'src/' : '';
        if (app.routers.includes('app')) {
          const layouts = app.rootLayouts ?? [
            findFile(
              dir,
              ['tsx', 'jsx', 'js'].map((ext) => `${base}app/layout.${ext}`),
            )!,
          ];
          for (const layout of layouts) {
            expect(
              fs.readFileSync(path.join(dir, layout), 'utf8'),
              `the root layout ${layout} renders <ConfigureAmplifyClientSide />`,
            ).toMatch(/<ConfigureAmplifyClientSide \/>/);
          }
        }
        if (app.routers.includes('pages')) {
          const appFile = findFile(
            dir,
            ['tsx', 'jsx', 'js'].map((ext) => `${base}pages/_app.${ext}`),
          );
          expect(appFile, 'pages/_app').toBeDefined();
          expect(fs.readFileSync(path.join(dir, appFile!), 'utf8'), 'pages/_app configures Amplify').toMatch(/Amplify\.configure\(/);
        }
      },
      true,
    );

    check(
      'add auth-routes --yes adds the route handler and AMPLIFY_APP_ORIGIN',
      async () => {
        const dir = state.dir;
        const result = await cli(dir, ['add', 'auth-routes', '--yes', '--json', ...app.authRoutesArgs]);
        const json = parseJson(result);
        log(`add auth-routes created ${JSON.stringify(json.created)}, updated ${JSON.stringify(json.updated)}`);
        expect(json.created).toContain(app.authRouteFile);
        const env = fs.readFileSync(path.join(dir, '.env.local'), 'utf8');
        expect(env.split(/\r?\n/), '.env.local').toContain(`AMPLIFY_APP_ORIGIN=${APP_ORIGIN}`);
        const handlerModule = [...json.created, ...json.updated].find((file) =>
          fs.readFileSync(path.join(dir, file), 'utf8').includes('createAuthRouteHandlers('),
        );
        expect(handlerModule, 'a written file calls createAuthRouteHandlers').toBeDefined();
      },
      true,
    );

    check('a second run of init and of add auth-routes plans nothing and writes nothing', async () => {
      const dir = state.dir;
      const before = snapshot(dir);
      const initFlags = ['init', '--yes', ...(app.realInstall ? [] : ['--skip-install'])];
      const authFlags = ['add', 'auth-routes', '--yes', ...app.authRoutesArgs];
      for (const flags of [initFlags, authFlags]) {
        const jsonRun = await cli(dir, [...flags, '--json']);
        const json = parseJson(jsonRun);
        expect({ created: json.created, updated: json.updated }, `${flags.join(' ')} --json, second run`).toEqual({
          created: [],
          updated: [],
        });
        const human = await cli(dir, flags);
        if (!human.stdout.includes('Already set up: nothing to do.')) {
          failWith(human, `${flags.join(' ')}, second run: expected "Already set up: nothing to do."`);
        }
      }
      const after = snapshot(dir);
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
      expect(changed, 'files changed by the second runs').toEqual([]);
    });

    if (app.typescript) {
      check('tsc --noEmit passes', async () => {
        await tscNoEmit(state.dir);
      });
    }

    check(
      app.guardFile.includes('proxy.')
        ? 'next build passes, lists the proxy and prints no middleware deprecation warning'
        : 'next build passes and lists the middleware',
      async () => {
        const result = await nextBuild(state.dir);
        const expected = app.guardFile.includes('proxy.') ? /ƒ Proxy \(Middleware\)/ : /ƒ Middleware/;
        const guardLine = result.all.split('\n').find((line) => expected.test(line));
        if (!guardLine) failWith(result, `the build output has no ${expected} line: Next.js did not pick up ${app.guardFile}`, 60);
        log(`build output: ${guardLine.trim()}`);
        if (/file convention is deprecated/.test(result.all))
          failWith(result, 'next build printed a deprecation warning for the guard file', 60);
        if (app.guardFile.includes('proxy.')) {
          // A proxy runs on Node.js: Next.js 16 lists it in functions-config-manifest.json, not middleware-manifest.json.
          const functions = readJson(path.join(state.dir, '.next', 'server', 'functions-config-manifest.json')) as unknown as {
            functions: Record<string, { runtime?: string; matchers?: Array<{ originalSource: string }> }>;
          };
          const proxy = functions.functions['/_middleware'];
          expect(proxy?.runtime, 'functions-config-manifest.json: the proxy on Node.js').toBe('nodejs');
          expect(
            proxy?.matchers?.map((m) => m.originalSource),
            'the matcher Next.js read is the one in the proxy',
          ).toEqual([guardMatcher(state.dir, app.guardFile)]);
        } else {
          const manifest = readJson(path.join(state.dir, '.next', 'server', 'middleware-manifest.json')) as unknown as {
            middleware: Record<string, unknown>;
          };
          expect(Object.keys(manifest.middleware), 'middleware-manifest.json').toContain('/');
        }
      },
      true,
    );

    check(
      'next start serves the app on a free loopback port',
      async () => {
        state.port = await freePort();
        state.server = await startNext(state.dir, state.port);
      },
      true,
    );

    check('protected pages without cookies → 307 to /sign-in', async () => {
      for (const page of app.protectedPaths) expectRedirectToSignIn(await request(state.server!.baseUrl, page));
    });

    check('paths that only start like an excluded one (/apidocs, /sign-in-help, /favicon.icons) are still guarded → 307', async () => {
      for (const page of ['/apidocs', '/sign-in-help', '/sign-inx', '/favicon.icons']) {
        expectRedirectToSignIn(await request(state.server!.baseUrl, page));
      }
    });

    // CVE-2025-29927: before 13.5.9 / 14.2.25 / 15.2.3 this header made Next.js skip the middleware.
    check('x-middleware-subrequest (CVE-2025-29927) does not get past the guard → 307 to /sign-in', async () => {
      const names = ['middleware', 'src/middleware', 'proxy', 'src/proxy', 'pages/_middleware'];
      const values = names.flatMap((name) => [name, Array(5).fill(name).join(':')]);
      for (const page of app.protectedPaths) {
        for (const value of values) {
          const answer = await request(state.server!.baseUrl, page, { headers: { 'x-middleware-subrequest': value } });
          expectRedirectToSignIn(answer);
        }
      }
    });

    check('/sign-in → 200 with its heading', async () => {
      const answer = await request(state.server!.baseUrl, '/sign-in');
      expect(answer.status, describeAnswer(answer)).toBe(200);
      expect(answer.body).toMatch(/<h1[^>]*>Sign in<\/h1>/);
    });

    check('a /_next/static asset and /favicon.ico are served, not redirected', async () => {
      const base = state.server!.baseUrl;
      const html = (await request(base, '/sign-in')).body;
      const asset = /\/_next\/static\/[^"'\s<>\\]+?\.(?:js|css)/.exec(html)?.[0];
      expect(asset, 'a /_next/static path in the /sign-in HTML').toBeDefined();
      const assetAnswer = await request(base, asset!);
      expect(assetAnswer.status, describeAnswer({ ...assetAnswer, body: '' })).toBe(200);
      const favicon = await request(base, '/favicon.ico');
      expect(favicon.status, describeAnswer({ ...favicon, body: '' })).toBe(200);
      expect(favicon.headers.get('content-type')).toMatch(/icon/);
    });

    check('files in public/ are served to signed-out visitors, not redirected: /amplify.svg → 200', async () => {
      const answer = await request(state.server!.baseUrl, '/amplify.svg');
      expect(answer.status, describeAnswer({ ...answer, body: '' })).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(answer.body).toBe(fs.readFileSync(path.join(state.dir, 'public', 'amplify.svg'), 'utf8'));
    });

    check('/api/auth/sign-in → hosted UI authorize with PKCE S256 and state, HttpOnly flow cookies', async () => {
      const answer = await request(state.server!.baseUrl, '/api/auth/sign-in');
      const why = describeAnswer(answer);
      expect([302, 303, 307], why).toContain(answer.status);
      const location = answer.location!;
      expect(`${location.protocol}//${location.host}${location.pathname}`, why).toBe(`https://${domain}/oauth2/authorize`);
      const params = location.searchParams;
      expect(params.get('client_id'), why).toBe(clientId);
      expect(params.get('redirect_uri'), why).toBe(`${APP_ORIGIN}/api/auth/sign-in-callback`);
      expect(params.get('response_type'), why).toBe('code');
      expect(params.get('code_challenge_method'), why).toBe('S256');
      expect(params.get('scope')?.split(' '), why).toContain('openid');
      const pkce = answer.setCookies.find((c) => c.name === PKCE_COOKIE);
      const stateCookie = answer.setCookies.find((c) => c.name === STATE_COOKIE);
      expect(pkce?.value, `${PKCE_COOKIE} cookie\n${why}`).toBeTruthy();
      expect(stateCookie?.value, `${STATE_COOKIE} cookie\n${why}`).toBeTruthy();
      expect(params.get('code_challenge'), 'code_challenge = base64url(SHA-256(PKCE verifier cookie))').toBe(s256(pkce!.value));
      expect(params.get('state'), 'state = the state cookie').toBe(stateCookie!.value);
      for (const cookie of [pkce!, stateCookie!]) {
        expect(cookie.attributes.has('httponly'), `${cookie.name} must be HttpOnly: ${cookie.raw}`).toBe(true);
      }
      log(`flow cookies: ${[pkce!, stateCookie!].map((c) => c.raw.replace(/=[^;]+/, '=…')).join(' | ')}`);
    });

    check('/api/auth/sign-up → the hosted UI /signup', async () => {
      const answer = await request(state.server!.baseUrl, '/api/auth/sign-up');
      const why = describeAnswer(answer);
      expect([302, 303, 307], why).toContain(answer.status);
      expect(`${answer.location!.protocol}//${answer.location!.host}${answer.location!.pathname}`, why).toBe(`https://${domain}/signup`);
      expect(answer.location!.searchParams.get('client_id'), why).toBe(clientId);
    });

    check('/api/auth/sign-in-callback fails closed: no parameters, mismatched state, error=access_denied, bogus code', async () => {
      const base = state.server!.baseUrl;
      const signIn = await request(base, '/api/auth/sign-in');
      const pkce = signIn.setCookies.find((c) => c.name === PKCE_COOKIE)?.value;
      const flowState = signIn.setCookies.find((c) => c.name === STATE_COOKIE)?.value;
      expect(pkce && flowState, `flow cookies from /api/auth/sign-in\n${describeAnswer(signIn)}`).toBeTruthy();
      const flowCookies = { [PKCE_COOKIE]: pkce!, [STATE_COOKIE]: flowState! };
      const cases: Array<{ name: string; path: string; cookies?: Record<string, string> }> = [
        { name: 'no parameters', path: '/api/auth/sign-in-callback' },
        { name: 'mismatched state', path: `/api/auth/sign-in-callback?code=bogus-code&state=not-${flowState}`, cookies: flowCookies },
        {
          name: 'error=access_denied',
          path: '/api/auth/sign-in-callback?error=access_denied&error_description=User+cancelled',
          cookies: flowCookies,
        },
        // Matching state and PKCE cookies: the adapter posts the code to Cognito's token endpoint, which
        // cannot be reached here. It must still fail closed, within the per-request timeout.
        {
          name: 'bogus code',
          path: `/api/auth/sign-in-callback?code=bogus-code&state=${encodeURIComponent(flowState!)}`,
          cookies: flowCookies,
        },
      ];
      for (const c of cases) {
        let answer: HttpAnswer;
        try {
          answer = await request(base, c.path, { cookies: c.cookies, timeoutMs: 30_000 });
        } catch (error) {
          if (error instanceof RequestTimeout) {
            log(`callback, ${c.name}: no answer within 30 s (no session was set)`);
            continue;
          }
          throw error;
        }
        const why = `${c.name}\n${describeAnswer(answer)}`;
        log(`callback, ${c.name}: ${answer.status}${answer.location ? ` → ${answer.location.pathname}${answer.location.search}` : ''}`);
        expect(tokenCookies(answer), `no token cookie may be set: ${why}`).toEqual([]);
        expect(answer.status, `must not answer 200: ${why}`).not.toBe(200);
      }
    });

    check('/api/auth/sign-out → the hosted UI /logout with client_id and logout_uri', async () => {
      const answer = await request(state.server!.baseUrl, '/api/auth/sign-out');
      const why = describeAnswer(answer);
      expect([302, 303, 307], why).toContain(answer.status);
      const location = answer.location!;
      expect(`${location.protocol}//${location.host}${location.pathname}`, why).toBe(`https://${domain}/logout`);
      expect(location.searchParams.get('client_id'), why).toBe(clientId);
      expect(location.searchParams.get('logout_uri'), why).toBe(`${APP_ORIGIN}/api/auth/sign-out-callback`);
    });

    check('forged Cognito token cookies (RS256, our own key) are not a session → 307 to /sign-in', async () => {
      const forged = forgeCognitoTokens({
        region: outputs.auth.aws_region,
        userPoolId: outputs.auth.user_pool_id,
        clientId,
        username: 'e2e-forged-user',
      });
      for (const page of app.protectedPaths) {
        const answer = await request(state.server!.baseUrl, page, { cookies: forged.cookies, timeoutMs: 30_000 });
        expectRedirectToSignIn(answer);
        expect(tokenCookies(answer), describeAnswer(answer)).toEqual([]);
      }
    });

    check('Chromium renders /sign-in: heading, Amplify configured in the browser, no Amplify console errors; screenshot', async () => {
      requireChromium();
      const base = state.server!.baseUrl;
      const browser = await launchChromium();
      const consoleMessages: string[] = [];
      const pageErrors: string[] = [];
      const external: string[] = [];
      try {
        const page = await browser.newPage();
        page.on('console', (message: ConsoleMessage) => consoleMessages.push(`${message.type()}: ${message.text()}`));
        page.on('pageerror', (error: Error) => pageErrors.push(error.message));
        // Only loopback is reachable here: record and abort anything else (the hosted UI redirect).
        // The middleware's redirect names `localhost` (Next.js rewrites the host), so that is loopback too.
        await page.route('**/*', async (route) => {
          const url = new URL(route.request().url());
          if (['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) await route.continue();
          else {
            external.push(url.toString());
            await route.abort('blockedbyclient');
          }
        });
        await page.goto(`${base}/sign-in`, { waitUntil: 'load', timeout: 60_000 });
        expect((await page.textContent('h1', { timeout: 15_000 }))?.trim()).toBe('Sign in');
        await page.waitForFunction(`document.querySelector('[data-testid="amplify-status"]')?.textContent !== 'checking'`, undefined, {
          timeout: 20_000,
        });
        const status = await page.textContent('[data-testid="amplify-status"]');
        log(`browser: amplify-status = ${status}`);
        await page.screenshot({ path: artifactPath(`${app.name}-sign-in.png`), fullPage: true });
        expect(status, 'ConfigureAmplifyClientSide / pages/_app configured Amplify in the browser').toBe(
          `configured: ${outputs.auth.user_pool_id}; signed out`,
        );
        const amplifyComplaints = consoleMessages.filter((m) => /^(error|warning)/.test(m) && /amplify|configur/i.test(m));
        expect(amplifyComplaints, `console:\n${consoleMessages.join('\n')}`).toEqual([]);
        expect(pageErrors, 'uncaught errors in the page').toEqual([]);
        expect(external, 'requests to other hosts while rendering /sign-in').toEqual([]);

        // A signed-out visit to a protected page lands on /sign-in in the browser too.
        await page.goto(`${base}${app.protectedPaths[0]}`, { waitUntil: 'load', timeout: 60_000 });
        expect(new URL(page.url()).pathname).toBe('/sign-in');

        // The sign-in link goes through /api/auth/sign-in to the hosted UI.
        const hostedUi = page.waitForRequest((r) => r.url().startsWith(`https://${domain}/`), { timeout: 30_000 });
        await page.click('#hosted-ui-sign-in', { noWaitAfter: true });
        const authorize = new URL((await hostedUi).url());
        expect(authorize.pathname).toBe('/oauth2/authorize');
        expect(authorize.searchParams.get('client_id')).toBe(clientId);
        log(`browser: screenshot ${artifactPath(`${app.name}-sign-in.png`)}; sign-in link → ${authorize.origin}${authorize.pathname}`);
      } finally {
        await browser.close();
      }
    });

    const otherLayoutPages = (app.configuredPages ?? ['/sign-in']).filter((page) => page !== '/sign-in');
    if (otherLayoutPages.length > 0) {
      check(
        `Chromium: the other root layouts configure Amplify in the browser too (${otherLayoutPages.join(', ')}), no uncaught errors`,
        async () => {
          requireChromium();
          const browser = await launchChromium();
          try {
            for (const pagePath of otherLayoutPages) {
              const page = await browser.newPage();
              const pageErrors: string[] = [];
              page.on('pageerror', (error: Error) => pageErrors.push(error.message));
              await page.route('**/*', (route) =>
                ['127.0.0.1', 'localhost'].includes(new URL(route.request().url()).hostname)
                  ? route.continue()
                  : route.abort('blockedbyclient'),
              );
              await page.goto(`${state.server!.baseUrl}${pagePath}`, { waitUntil: 'load', timeout: 60_000 });
              expect(new URL(page.url()).pathname, `${pagePath} is not guarded`).toBe(pagePath);
              await page.waitForFunction(
                `document.querySelector('[data-testid="amplify-status"]')?.textContent !== 'checking'`,
                undefined,
                { timeout: 20_000 },
              );
              const status = await page.textContent('[data-testid="amplify-status"]');
              log(`browser: ${pagePath} amplify-status = ${status}`);
              expect(status, `the root layout of ${pagePath} configured Amplify in the browser`).toBe(
                `configured: ${outputs.auth.user_pool_id}; signed out`,
              );
              expect(pageErrors, `uncaught errors on ${pagePath}`).toEqual([]);
            }
          } finally {
            await browser.close();
          }
        },
      );
    }

    check('stopping next start ends its whole process group and frees the port', async () => {
      const server = state.server!;
      await server.stop();
      expect(await isListening(server.port), `port ${server.port} still answers`).toBe(false);
      let alive = true;
      try {
        process.kill(-server.pid, 0);
      } catch {
        alive = false;
      }
      expect(alive, `process group ${server.pid} still has processes`).toBe(false);
    });
  });
}

// ─── Next.js 16 apps with their own middleware.ts: kept, never a proxy.ts beside it ───────────────────────

for (const app of EXISTING_MIDDLEWARE_APPS) {
  describe(`${app.title} [${app.name}]`, () => {
    const state: AppState = { dir: '' };
    const check = checker(app.name, state);
    let original: Buffer;

    check(
      `shared install for Next ${app.next} and a hard-linked copy of the app`,
      async () => {
        const { dir: installDir } = await sharedInstall(app);
        state.dir = await createAppCopy(app.name, installDir);
        original = fs.readFileSync(path.join(state.dir, app.middlewareFile));
      },
      true,
    );

    check(
      'init --yes --skip-install: no proxy.ts, the middleware byte for byte, the code to add, the rename note',
      async () => {
        const dir = state.dir;
        const result = await cli(dir, ['init', '--yes', '--skip-install', '--json']);
        const json = parseJson(result) as JsonSummary & {
          skipped: Array<{ path: string }>;
          manualSteps: Array<{ path?: string; snippet?: string }>;
          notes: string[];
        };
        expect(fs.existsSync(path.join(dir, 'proxy.ts')), 'proxy.ts beside middleware.ts').toBe(false);
        expect(fs.existsSync(path.join(dir, 'src', 'proxy.ts'))).toBe(false);
        expect([...json.created, ...json.updated].filter((f) => /(middleware|proxy)\./.test(f))).toEqual([]);
        expect(fs.readFileSync(path.join(dir, app.middlewareFile)).equals(original), `${app.middlewareFile} byte for byte`).toBe(true);
        expect(json.skipped.map((s) => s.path)).toEqual([app.middlewareFile]);
        expect(json.manualSteps.find((m) => m.path === app.middlewareFile)?.snippet, 'the code to add').toContain(
          'export async function middleware(request: NextRequest)',
        );
        const note = json.notes.find((n) => n.startsWith(`${app.middlewareFile}: Next.js 16 deprecates`));
        expect(note, `the rename note in ${JSON.stringify(json.notes)}`).toContain('npx @next/codemod@latest middleware-to-proxy .');
      },
      true,
    );

    check('a second init plans nothing and writes nothing', async () => {
      const dir = state.dir;
      const before = snapshot(dir);
      const json = parseJson(await cli(dir, ['init', '--yes', '--skip-install', '--json']));
      expect({ created: json.created, updated: json.updated, outcome: json.outcome }).toEqual({
        created: [],
        updated: [],
        outcome: 'nothing-to-do',
      });
      const after = snapshot(dir);
      expect(
        [...after.keys()].filter((f) => before.get(f) !== after.get(f)),
        'files changed by the second run',
      ).toEqual([]);
    });
  });
}

// ─── Amplify v5 apps: upgrade, then `migrate-v5` ──────────────────────────────────────────────────────────

interface MigrateJson {
  filesChanged: string[];
  otherChanges: Array<{ path: string; kind: string }>;
  reviewItems: unknown[];
  errors: unknown[];
  notes: string[];
  totals: { scanned: number; changed: number; unchanged: number; reviewItems: number; todoItems: number; errors: number };
}

function parseMigrateJson(result: RunResult): MigrateJson {
  try {
    const json = JSON.parse(result.stdout) as MigrateJson;
    for (const key of ['filesChanged', 'otherChanges', 'reviewItems', 'errors', 'notes'] as const) {
      if (!Array.isArray(json[key])) throw new Error(`no ${key} array`);
    }
    if (typeof json.totals?.changed !== 'number') throw new Error('no totals');
    return json;
  } catch (error) {
    failWith(
      result,
      `migrate-v5 --json did not print its JSON summary on stdout (${(error as Error).message}); stdout was:\n${result.stdout.slice(0, 2000)}`,
    );
  }
}

function parseErrorJson(result: RunResult): { message: string; hint?: string; exitCode: number } {
  try {
    const json = JSON.parse(result.stdout) as { error?: { message: string; hint?: string; exitCode: number } };
    if (typeof json.error?.message !== 'string') throw new Error('no error.message');
    return json.error;
  } catch (error) {
    failWith(
      result,
      `--json did not print a JSON error on stdout (${(error as Error).message}); stdout was:\n${result.stdout.slice(0, 2000)}`,
    );
  }
}

/** The app's own source files (not node_modules, .next, .git). */
function sourceFiles(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((file) => /\.[cm]?[jt]sx?$/.test(file)).sort();
}

function installedVersion(dir: string, name: string): string | undefined {
  const file = path.join(dir, 'node_modules', name, 'package.json');
  return fs.existsSync(file) ? (readJson(file) as unknown as { version: string }).version : undefined;
}

const MIDDLEWARE_FILES = ['middleware', 'src/middleware'].flatMap((base) =>
  ['ts', 'js', 'mjs', 'tsx', 'jsx'].map((ext) => `${base}.${ext}`),
);

for (const app of MIGRATE_V5_APPS) {
  describe(`${app.title} [${app.name}]`, () => {
    const outputs = readOutputs(app);
    const clientId = outputs.auth.user_pool_client_id;
    const state: AppState = { dir: '' };
    const check = checker(app.name, state);
    const read = (file: string) => fs.readFileSync(path.join(state.dir, file), 'utf8');

    afterAll(async () => {
      await state.server?.stop();
    });

    check(
      `shared install for Next ${app.next}, a hard-linked copy of the v5 app, committed to a new git repository`,
      async () => {
        const { dir: installDir } = await sharedInstall(app);
        state.dir = await createAppCopy(app.name, installDir);
        const dir = state.dir;
        expect(installedVersion(dir, 'next')).toBe(app.next);
        // The app as a v5 user has it: aws-amplify ^5 declared, withSSRContext on the server, the v5 configure form.
        expect(declares(dir, 'aws-amplify'), 'package.json declares aws-amplify v5').toMatch(/^\^5\./);
        for (const file of app.serverFiles) expect(read(file), `${file} holds v5 server code`).toContain('withSSRContext({ req })');
        expect(read(app.appFile)).toContain('Amplify.configure({ ...outputs, ssr: true });');
        // v5 itself is not installed (the flow upgrades before anything runs), nor is any Amplify package.
        for (const name of AMPLIFY_PACKAGES) expect(installedVersion(dir, name), `${name} in the shared install`).toBeUndefined();
        await git(dir, ['init', '-q']);
        await commitAll(dir, 'Amplify v5 app');
        log(`${app.name}: copy in ${dir}, a git repository with one commit`);
      },
      true,
    );

    check(
      'init on the v5 app stops (exit 1): no adapter release accepts aws-amplify ^5; it says to upgrade and writes nothing',
      async () => {
        const dir = state.dir;
        const result = await cli(dir, ['init', '--yes', '--no-middleware', '--json'], { allowFailure: true });
        const error = parseErrorJson(result);
        log(`init on v5: exit ${result.code}: ${error.message} / ${error.hint}`);
        expect(result.code, result.all).toBe(1);
        expect(error.exitCode).toBe(1);
        expect(error.message).toContain('aws-amplify ^5.3.0');
        expect(error.hint, 'the hint names the upgrade').toMatch(/npm install aws-amplify@/);
        expect(await gitStatus(dir), 'files changed by the refused init').toEqual([]);
      },
    );

    check(
      'the upgrade: npm install aws-amplify@6 declares and installs aws-amplify v6',
      async () => {
        const dir = state.dir;
        await run('npm', ['install', 'aws-amplify@6'], { cwd: dir, timeoutMs: 5 * 60_000 });
        expect(declares(dir, 'aws-amplify'), 'package.json declares aws-amplify v6').toMatch(/^\^6\./);
        expect(installedVersion(dir, 'aws-amplify'), 'installed aws-amplify').toMatch(/^6\./);
        log(`aws-amplify ${installedVersion(dir, 'aws-amplify')} installed, declared ${declares(dir, 'aws-amplify')}`);
      },
      true,
    );

    check(
      'init --yes --no-middleware installs the adapter with npm, writes the utils module, moves _app to the v6 configure form',
      async () => {
        const dir = state.dir;
        const json = parseJson(await cli(dir, ['init', '--yes', '--no-middleware', '--json']));
        log(
          `init created ${JSON.stringify(json.created)}, updated ${JSON.stringify(json.updated)}, install ${JSON.stringify(json.install)}`,
        );
        expect(json.created).toContain(app.utilsFile);
        expect(json.updated).toContain(app.appFile);
        expect(json.install?.ran, 'init must run the install itself').toBe(true);
        expect(json.install?.command, 'only the adapter is missing').toMatch(/^npm install @aws-amplify\/adapter-nextjs@\S+$/);
        for (const name of AMPLIFY_PACKAGES) {
          expect(declares(dir, name), `package.json declares ${name}`).toBeTruthy();
          expect(installedVersion(dir, name), `${name} is installed`).toBeDefined();
        }
        expect(declares(dir, 'aws-amplify'), 'init leaves the upgraded aws-amplify range alone').toMatch(/^\^6\./);
        expect(
          [...json.created, ...json.updated].filter((f) => /middleware\./.test(f)),
          '--no-middleware',
        ).toEqual([]);
        expect(
          MIDDLEWARE_FILES.filter((f) => fs.existsSync(path.join(dir, f))),
          'middleware files',
        ).toEqual([]);
        const appFile = read(app.appFile);
        expect(appFile, '_app now uses the v6 form').toContain('Amplify.configure(outputs, { ssr: true });');
        expect(appFile, 'the v5 form is gone from _app').not.toMatch(/configure\(\s*\{\s*\.\.\./);
        expect(read(app.utilsFile)).toMatch(/export const \{[^}]*\brunWithAmplifyServerContext\b[^}]*\} = createServerRunner\(/);
      },
      true,
    );

    check(
      'migrate-v5 on the uncommitted init changes refuses (exit 1) and writes nothing; then they are committed',
      async () => {
        const dir = state.dir;
        const pending = await gitStatus(dir);
        expect(pending.length, 'init left changes to commit').toBeGreaterThan(0);
        const before = snapshot(dir);
        const result = await cli(dir, ['migrate-v5', '--yes', '--json'], { allowFailure: true });
        const error = parseErrorJson(result);
        log(`migrate-v5 on a dirty tree: exit ${result.code}: ${error.message}`);
        expect(result.code, result.all).toBe(1);
        expect(error.message).toMatch(/uncommitted changes/);
        const after = snapshot(dir);
        const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
        expect(changed, 'files changed by the refused migrate-v5').toEqual([]);
        await commitAll(dir, 'aws-amplify v6, amplify-next init');
      },
      true,
    );

    check(
      'migrate-v5 --yes --json rewrites the three server files; no withSSRContext left; utils exports runWithAmplifyServerContext and reqResBasedClient',
      async () => {
        const dir = state.dir;
        const result = await cli(dir, ['migrate-v5', '--yes', '--json']);
        const json = parseMigrateJson(result);
        log(
          `migrate-v5: filesChanged ${JSON.stringify(json.filesChanged)}, otherChanges ${JSON.stringify(json.otherChanges)}, totals ${JSON.stringify(json.totals)}`,
        );
        const why = `migrate-v5 summary:\n${result.stdout}\n${result.stderr}`;
        expect(json.errors, why).toEqual([]);
        expect(json.reviewItems, why).toEqual([]);
        // _app is not among them: init already moved it to Amplify.configure(outputs, { ssr: true }), and the
        // codemod only rewrites the v5 configure form in files where it migrated a withSSRContext unit.
        expect([...json.filesChanged].sort(), why).toEqual(app.serverFiles);
        expect(json.otherChanges, `${why}\nthe utils module gains reqResBasedClient for the migrated GraphQL call`).toEqual([
          { path: app.utilsFile, kind: 'update' },
        ]);
        expect(
          json.notes.filter((n) => /aws-amplify/.test(n)),
          'no aws-amplify version note: v6 is installed',
        ).toEqual([]);
        expect(json.totals, why).toMatchObject({ changed: app.serverFiles.length, errors: 0, todoItems: 0, reviewItems: 0 });
        // What the run wrote, per git: exactly those files.
        const written = (await gitStatus(dir)).map((line) => line.slice(3)).sort();
        expect(written, 'git status after migrate-v5').toEqual([...app.serverFiles, app.utilsFile].sort());

        for (const file of sourceFiles(dir)) {
          const text = read(file);
          expect(text, `${file} still mentions withSSRContext`).not.toContain('withSSRContext');
          expect(text, `${file} got a review marker`).not.toContain('TODO(amplify-next)');
        }
        for (const file of app.serverFiles) {
          const text = read(file);
          expect(text, `${file} imports the runner from the utils module`).toMatch(
            /import \{[^}]*\brunWithAmplifyServerContext\b[^}]*\} from '@\/utils\/amplifyServerUtils';/,
          );
          expect(text, `${file} passes the request and the response`).toContain('nextServerContext: { request: req, response: res }');
          expect(text, `${file} still imports from the v5 'aws-amplify' root`).not.toMatch(/from 'aws-amplify';/);
        }
        for (const file of ['pages/index.tsx', 'pages/api/me.ts']) {
          expect(read(file), file).toContain("import { getCurrentUser } from 'aws-amplify/auth/server';");
          expect(read(file), file).toContain('operation: (contextSpec) => getCurrentUser(contextSpec)');
        }
        expect(read('pages/index.tsx'), 'getServerSideProps gains res').toContain('async ({ req, res }) =>');
        const todos = read('pages/api/todos.ts');
        expect(todos).toMatch(
          /reqResBasedClient\.graphql<GraphQLQuery<any>>\(contextSpec, \{\s*query: listTodos,\s*authMode: 'userPool',\s*\}\)/,
        );
        expect(todos, 'the v5 GraphQL type import is re-pointed').toContain(
          "import type { GraphQLQuery, GraphQLResult } from 'aws-amplify/api';",
        );
        expect(todos).not.toContain('@aws-amplify/api');

        const utils = read(app.utilsFile);
        expect(utils).toMatch(/export const \{[^}]*\brunWithAmplifyServerContext\b[^}]*\} = createServerRunner\(/);
        expect(utils).toMatch(/export const reqResBasedClient = generateServerClientUsingReqRes\(\{\s*config\s*\}\);/);
        expect(utils).toContain("import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/api';");
        expect(read(app.appFile), '_app keeps the v6 form init wrote').toContain('Amplify.configure(outputs, { ssr: true });');
        await commitAll(dir, 'amplify-next migrate-v5');
      },
      true,
    );

    check('a second migrate-v5 --yes --json (after committing) changes nothing', async () => {
      const dir = state.dir;
      const before = snapshot(dir);
      const json = parseMigrateJson(await cli(dir, ['migrate-v5', '--yes', '--json']));
      expect({
        filesChanged: json.filesChanged,
        otherChanges: json.otherChanges,
        errors: json.errors,
        reviewItems: json.reviewItems,
      }).toEqual({
        filesChanged: [],
        otherChanges: [],
        errors: [],
        reviewItems: [],
      });
      expect(json.totals.changed).toBe(0);
      const after = snapshot(dir);
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
      expect(changed, 'files changed by the second run').toEqual([]);
      expect(await gitStatus(dir)).toEqual([]);
    });

    check('tsc --noEmit passes', async () => {
      await tscNoEmit(state.dir);
    });

    check(
      'next build passes, with no middleware (a redirect can only come from getServerSideProps)',
      async () => {
        const result = await nextBuild(state.dir);
        const middlewareLine = result.all.split('\n').find((line) => /ƒ Middleware/.test(line));
        if (middlewareLine)
          failWith(result, `the build has a middleware (${middlewareLine.trim()}), but init ran with --no-middleware`, 60);
        const manifest = readJson(path.join(state.dir, '.next', 'server', 'middleware-manifest.json')) as unknown as {
          middleware: Record<string, unknown>;
        };
        expect(manifest.middleware, 'middleware-manifest.json').toEqual({});
        for (const route of ['/', '/api/me', '/api/todos']) {
          const line = result.all.split('\n').find((l) => new RegExp(`^[┌├└]\\s+ƒ\\s+${route.replace(/\//g, '\\/')}\\s`).test(l));
          if (!line) failWith(result, `the build output does not list ${route} as server-rendered on demand (ƒ)`, 60);
        }
        log('build output: no "ƒ Middleware" line; /, /api/me, /api/todos are ƒ (dynamic)');
      },
      true,
    );

    check(
      'next start serves the app on a free loopback port',
      async () => {
        state.port = await freePort();
        state.server = await startNext(state.dir, state.port);
      },
      true,
    );

    check(
      '/ without cookies → 307 to /sign-in from the migrated getServerSideProps (its /_next/data JSON carries the redirect)',
      async () => {
        const base = state.server!.baseUrl;
        expectRedirectToSignIn(await request(base, '/'));
        // The data route only exists for a page with getServerSideProps, and answers its redirect as JSON.
        const buildId = fs.readFileSync(path.join(state.dir, '.next', 'BUILD_ID'), 'utf8').trim();
        const data = await request(base, `/_next/data/${buildId}/index.json`, { headers: { 'x-nextjs-data': '1' } });
        expect(data.status, describeAnswer(data)).toBe(200);
        expect(JSON.parse(data.body), describeAnswer(data)).toMatchObject({
          pageProps: { __N_REDIRECT: '/sign-in', __N_REDIRECT_STATUS: 307 },
          __N_SSP: true,
        });
      },
    );

    check('/sign-in → 200 with its heading', async () => {
      const answer = await request(state.server!.baseUrl, '/sign-in');
      expect(answer.status, describeAnswer(answer)).toBe(200);
      expect(answer.body).toMatch(/<h1[^>]*>Sign in<\/h1>/);
    });

    check('/api/me without cookies → 401 JSON', async () => {
      const answer = await request(state.server!.baseUrl, '/api/me');
      expect(answer.status, describeAnswer(answer)).toBe(401);
      expect(answer.headers.get('content-type'), describeAnswer(answer)).toMatch(/application\/json/);
      expect(JSON.parse(answer.body)).toEqual({ error: 'Not signed in' });
    });

    check(
      '/api/todos without cookies → 401/500 JSON error within 20 s (the GraphQL call fails closed), and the server keeps serving',
      async () => {
        const server = state.server!;
        const answer = await request(server.baseUrl, '/api/todos', { timeoutMs: 20_000 });
        const why = describeAnswer(answer);
        const reason = server
          .output()
          .split('\n')
          .find((line) => line.startsWith('listTodos failed:'));
        log(`/api/todos without cookies: ${answer.status} ${answer.body} (server: ${reason ?? 'no log line'})`);
        expect([401, 500], why).toContain(answer.status);
        expect(answer.headers.get('content-type'), `the app's own JSON error, not Next's error page\n${why}`).toMatch(/application\/json/);
        expect(typeof (JSON.parse(answer.body) as { error?: unknown }).error, why).toBe('string');
        expect(reason, "the route's catch logged the GraphQL failure").toBeDefined();
        process.kill(-server.pid, 0); // throws when the server's process group is gone
        expect(server.output(), 'the server output').not.toMatch(/uncaughtException|unhandledRejection/i);
        const signIn = await request(server.baseUrl, '/sign-in');
        expect(signIn.status, `the server still answers\n${describeAnswer(signIn)}`).toBe(200);
      },
    );

    check(
      'forged Cognito token cookies (RS256, our own key) are not a session: / → 307 to /sign-in, /api/me → 401, /api/todos → 401/500',
      async () => {
        const base = state.server!.baseUrl;
        const forged = forgeCognitoTokens({
          region: outputs.auth.aws_region,
          userPoolId: outputs.auth.user_pool_id,
          clientId,
          username: 'e2e-forged-user',
        });
        const home = await request(base, '/', { cookies: forged.cookies, timeoutMs: 30_000 });
        expectRedirectToSignIn(home);
        const me = await request(base, '/api/me', { cookies: forged.cookies, timeoutMs: 30_000 });
        expect(me.status, describeAnswer(me)).toBe(401);
        expect(JSON.parse(me.body)).toEqual({ error: 'Not signed in' });
        const todos = await request(base, '/api/todos', { cookies: forged.cookies, timeoutMs: 30_000 });
        expect([401, 500], describeAnswer(todos)).toContain(todos.status);
        for (const answer of [home, me, todos]) expect(tokenCookies(answer), describeAnswer(answer)).toEqual([]);
        log(`forged cookies: / → ${home.status} ${home.location?.pathname}, /api/me → ${me.status}, /api/todos → ${todos.status}`);
      },
    );

    check('stopping next start ends its whole process group and frees the port', async () => {
      const server = state.server!;
      await server.stop();
      expect(await isListening(server.port), `port ${server.port} still answers`).toBe(false);
      let alive = true;
      try {
        process.kill(-server.pid, 0);
      } catch {
        alive = false;
      }
      expect(alive, `process group ${server.pid} still has processes`).toBe(false);
    });
  });
}
