// End-to-end: real Next.js apps (13.5, 14, 15; App and Pages Router; TS and JS; src/ layout), the built
// `amplify-next` CLI, real npm installs, `tsc`, `next build`, `next start`, real HTTP and a real browser.
// No mocks. See test/e2e/README.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, APPS, installGroups, readOutputs, type E2EApp } from './lib/apps.js';
import { artifactPath, launchChromium, requireChromium, type ConsoleMessage } from './lib/browser.js';
import { createAppCopy, ensureInstall, installSpecFor } from './lib/install-cache.js';
import { describeAnswer, request, RequestTimeout, s256, tokenCookies, type HttpAnswer } from './lib/http.js';
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
function sharedInstall(app: E2EApp): Promise<{ dir: string; reused: boolean }> {
  const key = `next-${app.next}`;
  let pending = installs.get(key);
  if (!pending) {
    const members = groups.get(key)!;
    const needsAmplify = members.some((m) => !m.realInstall);
    pending = ensureInstall(installSpecFor(key, members.map((m) => m.name), needsAmplify ? AMPLIFY_PACKAGES : undefined));
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

function cli(app: E2EApp, dir: string, args: string[], options: { allowFailure?: boolean } = {}): Promise<RunResult> {
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
    failWith(result, `--json did not print one JSON summary with created/updated on stdout (${(error as Error).message}); stdout was:\n${result.stdout.slice(0, 2000)}`);
  }
}

/** Hashes of the app's own files (not node_modules, .next), to prove a run wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', '.next'].includes(entry.name)) walk(rel);
      } else if (entry.isFile() && entry.name !== 'tsconfig.tsbuildinfo') {
        files.set(rel, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex'));
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

for (const app of APPS) {
  describe(`${app.title} [${app.name}]`, () => {
    const outputs = readOutputs(app);
    const { domain } = outputs.auth.oauth;
    const clientId = outputs.auth.user_pool_client_id;
    const state: { dir: string; blocked?: string; server?: NextServer; port?: number } = { dir: '' };

    /** A check; when `critical`, a failure blocks the later checks of this app (they fail, never skip). */
    const check = (name: string, fn: () => Promise<void>, critical = false) =>
      it(name, async () => {
        if (state.blocked) throw new Error(`not run: an earlier step of ${app.name} failed (${state.blocked})`);
        try {
          await step(`${app.name} › ${name}`, fn);
        } catch (error) {
          if (critical) state.blocked = name;
          if (state.server) log(`last lines of next start's output (${app.name}):\n${tail(state.server.output(), 30)}`);
          throw error;
        }
      });

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
      app.realInstall ? 'init --yes installs the Amplify packages with npm and writes the setup' : 'init --yes --skip-install writes the setup; its install command works',
      async () => {
        const dir = state.dir;
        const result = await cli(app, dir, ['init', '--yes', '--json', ...(app.realInstall ? [] : ['--skip-install'])]);
        const json = parseJson(result);
        log(`init created ${JSON.stringify(json.created)}, updated ${JSON.stringify(json.updated)}, install ${JSON.stringify(json.install)}`);
        expect(json.created, 'init must create the middleware where Next.js reads it').toContain(app.middlewareFile);
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
        const utils = findFile(dir, ['utils/amplifyServerUtils.ts', 'utils/amplifyServerUtils.js', 'src/utils/amplifyServerUtils.ts', 'src/utils/amplifyServerUtils.js']);
        expect(utils, 'the server utils module').toBeDefined();
        expect(fs.readFileSync(path.join(dir, utils!), 'utf8')).toContain('createServerRunner');
        const middleware = fs.readFileSync(path.join(dir, app.middlewareFile), 'utf8');
        expect(middleware).toContain('/sign-in');
        const base = app.srcDir ? 'src/' : '';
        if (app.routers.includes('app')) {
          const layout = findFile(dir, ['tsx', 'jsx', 'js'].map((ext) => `${base}app/layout.${ext}`));
          expect(fs.readFileSync(path.join(dir, layout!), 'utf8'), 'the root layout renders ConfigureAmplifyClientSide').toContain('ConfigureAmplifyClientSide');
        }
        if (app.routers.includes('pages')) {
          const appFile = findFile(dir, ['tsx', 'jsx', 'js'].map((ext) => `${base}pages/_app.${ext}`));
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
        const result = await cli(app, dir, ['add', 'auth-routes', '--yes', '--json', ...app.authRoutesArgs]);
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
        const jsonRun = await cli(app, dir, [...flags, '--json']);
        const json = parseJson(jsonRun);
        expect({ created: json.created, updated: json.updated }, `${flags.join(' ')} --json, second run`).toEqual({ created: [], updated: [] });
        const human = await cli(app, dir, flags);
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
        await run(process.execPath, [path.join(state.dir, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], {
          cwd: state.dir,
          timeoutMs: 5 * 60_000,
        });
      });
    }

    check(
      'next build passes and lists the middleware',
      async () => {
        const result = await run(process.execPath, [path.join(state.dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
          cwd: state.dir,
          timeoutMs: 10 * 60_000,
          tailLines: 60,
        });
        const middlewareLine = result.all.split('\n').find((line) => /ƒ Middleware/.test(line));
        if (!middlewareLine) failWith(result, 'the build output has no "ƒ Middleware" line: Next.js did not pick up the middleware', 60);
        log(`build output: ${middlewareLine.trim()}`);
        const manifest = readJson(path.join(state.dir, '.next', 'server', 'middleware-manifest.json')) as unknown as {
          middleware: Record<string, unknown>;
        };
        expect(Object.keys(manifest.middleware), 'middleware-manifest.json').toContain('/');
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
        { name: 'error=access_denied', path: '/api/auth/sign-in-callback?error=access_denied&error_description=User+cancelled', cookies: flowCookies },
        // Matching state and PKCE cookies: the adapter posts the code to Cognito's token endpoint, which
        // cannot be reached here. It must still fail closed, within the per-request timeout.
        { name: 'bogus code', path: `/api/auth/sign-in-callback?code=bogus-code&state=${encodeURIComponent(flowState!)}`, cookies: flowCookies },
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
        await page.waitForFunction(
          `document.querySelector('[data-testid="amplify-status"]')?.textContent !== 'checking'`,
          undefined,
          { timeout: 20_000 },
        );
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
