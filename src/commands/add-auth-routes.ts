import { ProjectError } from '../errors.js';
import { redirectWarnings } from '../generate/adapter-redirects.js';
import { callbackUrls, ORIGIN_VARIABLE, planAuthRoutes } from '../generate/auth-routes-plan.js';
import { DEFAULT_CONFIG_FILE, type AmplifyConfigFile } from '../project/amplify-config.js';
import { readOAuthSettings } from '../project/amplify-oauth.js';
import { detectProject, type ProjectInfo } from '../project/detect.js';
import { authRouteConflicts, conflictOwner } from '../project/auth-route-conflicts.js';
import { requireRouter, type Router } from '../project/layout.js';
import { ownGuardSignInPath } from '../generate/guard.js';
import type { Output } from '../ui/output.js';
import { installJson, planJson } from '../ui/plan-output.js';
import { isLocalhost, parseCookieOptions, parseOrigin, parseRedirectPath } from './flag-values.js';
import { planPackages } from '../install/package-plan.js';
import { adapterNeeds } from '../install/adapter-matrix.js';
import { nodeWarning } from '../project/version-warnings.js';
import { printWarnings } from '../ui/warnings.js';
import type { CommonOptions } from './common.js';
import { executePlan } from './plan-flow.js';

export interface AuthRoutesOptions extends CommonOptions {
  origin: string;
  redirectOnSignIn: string;
  redirectOnSignOut?: string;
  router?: Router;
  cookieDomain?: string;
  cookieSameSite?: string;
  cookieMaxAge?: string;
  buttons: boolean;
  skipInstall: boolean;
}

const GEN2_OAUTH_HINT =
  'Add a Cognito domain: in amplify/auth/resource.ts give defineAuth({ loginWith: { externalProviders: { callbackUrls, logoutUrls, … } } }), then run npx ampx sandbox. --force writes the routes anyway.';
const GEN1_OAUTH_HINT = 'Add a Cognito domain (Hosted UI) with amplify update auth, then amplify push. --force writes the routes anyway.';

/** Another route under /api/auth would shadow ours or lose its own paths to them: nothing is written. */
function refuseAuthRouteConflicts(info: ProjectInfo): void {
  const conflicts = authRouteConflicts(info.root, info.layout);
  if (conflicts.length === 0) return;
  const owner = conflicts.map(conflictOwner).find((name) => name !== undefined);
  throw new ProjectError(
    `${conflicts.join(', ')} already serve${conflicts.length === 1 ? 's' : ''} /api/auth/*${owner ? ` (${owner})` : ''}: Amplify's /api/auth/[slug] route beside ${conflicts.length === 1 ? 'it' : 'them'} would break sign-in for one of the two.`,
    'Keep one auth library under /api/auth: move or remove those routes first, then run again. Nothing was written.',
  );
}

export async function runAddAuthRoutes(options: AuthRoutesOptions, out: Output): Promise<number> {
  const origin = parseOrigin(options.origin);
  const cookies = parseCookieOptions(options, origin);
  const redirectOnSignIn = parseRedirectPath('--redirect-on-sign-in', options.redirectOnSignIn);

  const info = detectProject(options.cwd);
  const router = chooseRouter(info, options.router);
  refuseAuthRouteConflicts(info);
  const config = info.setup.serverConfig ?? info.amplifyConfigs[0] ?? DEFAULT_CONFIG_FILE;
  const signOutDefault = options.redirectOnSignOut === undefined ? defaultSignOutRedirect(info) : undefined;
  const redirectOnSignOut = parseRedirectPath('--redirect-on-sign-out', options.redirectOnSignOut ?? signOutDefault!.path);

  const { plan, backendResource } = planAuthRoutes(info, {
    config,
    router,
    origin: origin.origin,
    redirectOnSignIn,
    redirectOnSignOut,
    cookies,
    buttons: options.buttons,
    force: options.force,
  });
  // Deploying the backend regenerates amplify_outputs.json only: a Gen 1 config stays as it is.
  const warnings = oauthWarnings(info, config, origin.origin, config.kind === 'gen2' ? backendResource : undefined, options.force);
  if (origin.protocol !== 'https:' && !isLocalhost(origin)) {
    warnings.push(`${origin.origin} is not https: Cognito accepts http callback URLs only for localhost.`);
  }
  plan.notes.unshift(...warnings);
  if (signOutDefault && plan.changes.some((change) => change.path.includes('/api/auth/'))) {
    plan.notes.push(`After signing out, users land on ${redirectOnSignOut}: ${signOutDefault.source}; --redirect-on-sign-out changes it.`);
  }
  const packages = await planPackages(info, adapterNeeds(info.next.major, { authRoutes: true }), {
    skipInstall: options.skipInstall,
    rerun: 'amplify-next add auth-routes',
  });
  plan.install = packages.install;
  plan.notes.push(...packages.notes);

  const versions = [nodeWarning(info)].filter((w) => w !== undefined);
  printWarnings(out, versions);

  const { outcome, installed } = await executePlan(plan, info, options, out);
  const urls = callbackUrls(origin.origin);
  if (outcome === 'applied' || outcome === 'nothing-to-do') printNextSteps(out, urls, info.layout.routers[router]!, backendResource);
  if (options.json) {
    out.printJson({
      command: 'add auth-routes',
      dryRun: options.dryRun,
      outcome,
      router,
      origin: origin.origin,
      callbackUrls: urls,
      warnings: versions,
      ...planJson(plan),
      ...installJson(plan.install, installed),
    });
  }
  return 0;
}

/**
 * What the config's OAuth settings mean for the routes. Without any, the routes fail `next build`: exit 1
 * (unless --force), except when the plan gives the Gen 2 backend in the repo `externalProviders`, which a
 * deploy turns into a Cognito domain.
 */
function oauthWarnings(
  info: ProjectInfo,
  config: AmplifyConfigFile,
  origin: string,
  backendResource: string | undefined,
  force: boolean,
): string[] {
  const oauth = info.amplifyConfigs.length > 0 ? readOAuthSettings(info.files, config) : null;
  const urls = callbackUrls(origin);
  if (oauth !== null) return redirectWarnings({ config, oauth, origin, signIn: urls.signIn, signOut: urls.signOut, backendResource });
  const what = info.amplifyConfigs.length === 0 ? 'No Amplify config file found' : `${config.path} has no OAuth (Managed Login) settings`;
  const fails = 'without a Cognito domain the auth routes fail next build ("Failed to collect page data for /api/auth/[slug]")';
  if (backendResource) {
    return [
      `${what} yet: ${backendResource} defines externalProviders with the callback URLs, so redeploy the backend (npx ampx sandbox, or your branch's deploy) to create the Cognito domain and regenerate ${config.path}; until then ${fails}.`,
    ];
  }
  const problem = `${what}: the auth routes need a Cognito domain, and without one next build fails ("Failed to collect page data for /api/auth/[slug]").`;
  if (!force) throw new ProjectError(problem, config.kind === 'gen2' ? GEN2_OAUTH_HINT : GEN1_OAUTH_HINT);
  return [`${problem} Writing the routes anyway (--force).`];
}

function chooseRouter(info: ProjectInfo, requested: Router | undefined): Router {
  if (requested !== undefined) return requireRouter(info.layout, requested);
  return info.layout.routers.app ? 'app' : 'pages';
}

/**
 * Where users land after signing out when --redirect-on-sign-out is not given: the sign-in page of the guard
 * `init` wrote (recognised by being exactly what init writes), else /sign-in. A redirect in the user's own
 * middleware says nothing about the sign-in page (it may send signed-in users home).
 */
function defaultSignOutRedirect(info: ProjectInfo): { path: string; source: string } {
  const own = ownGuardSignInPath(info);
  if (own !== undefined) return { path: own, source: `the sign-in page of the guard init wrote (${info.setup.paths.guard})` };
  return { path: '/sign-in', source: 'the default sign-in page' };
}

function printNextSteps(
  out: Output,
  urls: { signIn: string; signOut: string },
  routerDir: string,
  backendResource: string | undefined,
): void {
  out.line();
  out.line(out.color.bold('Next steps'));
  if (backendResource) out.line(`  - Deploy the backend (npx ampx sandbox) so that Cognito registers the URLs ${backendResource} lists:`);
  else out.line(`  - Register these URLs with your Cognito app client (sign-in callback and sign-out URL):`);
  out.line(`      ${urls.signIn}`);
  out.line(`      ${urls.signOut}`);
  out.line(`  - Set ${ORIGIN_VARIABLE} wherever the app is built and served: .env.local is not deployed, and a`);
  out.line(`    variable without NEXT_PUBLIC_ must be present at build time and at server runtime.`);
  out.line(`  - Link to the routes with plain anchors (not <Link>): <a href="/api/auth/sign-in">, /api/auth/sign-up,`);
  out.line(`    /api/auth/sign-out, and /api/auth/sign-in?provider=Google for a social provider (${routerDir}/api/auth/[slug]).`);
  out.line(`  - With server-side auth, tokens live in HttpOnly cookies: client-side Amplify Auth APIs cannot read them.`);
}
