import type { AmplifyConfigFile } from '../project/amplify-config.js';
import type { ProjectInfo } from '../project/detect.js';
import type { Router } from '../project/layout.js';
import { emitsDeclarations, isolatesDeclarations } from '../project/declaration-emit.js';
import { matcherGuardsAuthRoutes } from '../project/guard-facts.js';
import { planWholeFile } from '../plan/plan-file.js';
import { emptyPlan, type Plan } from '../plan/plan.js';
import { addAuthRouteHandlers, type AuthCookieOptions } from '../../transforms/edits/add-auth-route-handlers.js';
import { addCallbackUrls } from '../../transforms/edits/add-callback-urls.js';
import { planEnvVariable, shadowedEnvNotes } from './env-file.js';
import { importSpecifier } from './import-specifier.js';
import { planEdit } from './plan-edit.js';
import { renderServerUtils } from './server-utils.js';
import { renderOptions, renderTemplate, type TemplateName } from './templates.js';
import { stringLiteral } from '../ast/string-literal.js';
import { parseEditSource, type EditSource } from '../ast/edit-source.js';

export interface AuthRoutesPlanOptions {
  config: AmplifyConfigFile;
  router: Router;
  origin: string;
  redirectOnSignIn: string;
  redirectOnSignOut: string;
  cookies?: AuthCookieOptions;
  buttons: boolean;
  force: boolean;
}

export const ORIGIN_VARIABLE = 'AMPLIFY_APP_ORIGIN';

export function callbackUrls(origin: string): { signIn: string; signOut: string } {
  return { signIn: `${origin}/api/auth/sign-in-callback`, signOut: `${origin}/api/auth/sign-out-callback` };
}

/** `app/api/auth/[slug]/route.ts` or `pages/api/auth/[slug].ts` for a router folder. */
export function authRouteFile(info: ProjectInfo, router: Router): string {
  const dir = info.layout.routers[router]!;
  const ext = info.typescript ? 'ts' : 'js';
  const stem = router === 'app' ? `${dir}/api/auth/[slug]/route` : `${dir}/api/auth/[slug]`;
  return info.files.firstExisting(stem, ['ts', 'js']) ?? `${stem}.${ext}`;
}

export interface AuthRoutesPlan {
  plan: Plan;
  /** The Gen 2 backend file that, with this plan, lists both callback URLs where the adapter picks them. */
  backendResource?: string;
}

export function planAuthRoutes(info: ProjectInfo, options: AuthRoutesPlanOptions): AuthRoutesPlan {
  const plan = emptyPlan();
  const paths = info.setup.paths;
  planUtilsExport(plan, info, paths.serverUtils, options);
  planRouteHandler(plan, info, paths.serverUtils, options);
  planEnvVariable(plan, info.files, '.env.local', ORIGIN_VARIABLE, options.origin, { force: options.force });
  plan.notes.push(...shadowedEnvNotes(info.files, ORIGIN_VARIABLE, options.origin));
  const backendResource = planBackendCallbackUrls(plan, info, options.origin);
  if (options.buttons) {
    planWholeFile(
      plan,
      info.files,
      `${paths.base}components/AuthButtons.${info.typescript ? 'tsx' : 'js'}`,
      renderTemplate('AuthButtons.tsx', {}, renderOptions(info)),
      { force: options.force, reason: 'sign-in, sign-up and sign-out links to the auth routes' },
    );
  }
  checkGuard(plan, info);
  return { plan, backendResource };
}

function planUtilsExport(plan: Plan, info: ProjectInfo, utils: string, options: AuthRoutesPlanOptions): void {
  const existing = info.files.text(utils);
  const declarations = info.typescript && emitsDeclarations(info.files);
  const printWidth = info.codeStyle.printWidth;
  const edit = (source: EditSource) =>
    addAuthRouteHandlers(source, { filePath: utils, cookies: options.cookies, declarations, printWidth });
  if (existing === null) {
    const created = renderServerUtils(info, utils, options.config);
    const result = edit(parseEditSource(created, utils));
    if (result.kind !== 'changed') throw new Error(`The utils template cannot take createAuthRouteHandlers (${result.kind}).`);
    plan.changes.push({
      path: utils,
      kind: 'create',
      before: null,
      after: result.text,
      reason: 'createServerRunner with runWithAmplifyServerContext and createAuthRouteHandlers',
    });
    return;
  }
  planEdit(plan, info.files, utils, {
    reason: 'exports createAuthRouteHandlers from createServerRunner',
    edit,
    manualSnippet: declarations
      ? `import type { NextServer } from '@aws-amplify/adapter-nextjs';\n\nexport const createAuthRouteHandlers: NextServer.CreateServerRunnerOutput['createAuthRouteHandlers'] =\n  serverRunner.createAuthRouteHandlers; // serverRunner: the createServerRunner(...) result`
      : `export const { runWithAmplifyServerContext, createAuthRouteHandlers } = createServerRunner({ config${options.cookies ? ', runtimeOptions: { cookies: ' + JSON.stringify(options.cookies) + ' }' : ''} });`,
  });
}

function planRouteHandler(plan: Plan, info: ProjectInfo, utils: string, options: AuthRoutesPlanOptions): void {
  const other: Router = options.router === 'app' ? 'pages' : 'app';
  if (info.layout.routers[other]) {
    const otherFile = authRouteFile(info, other);
    if (info.files.exists(otherFile)) {
      plan.skipped.push({
        path: authRouteFile(info, options.router),
        reason: `${otherFile} already handles /api/auth/*; a second handler would be a duplicate route`,
      });
      return;
    }
  }
  const file = authRouteFile(info, options.router);
  const isolated = info.typescript && isolatesDeclarations(info.files);
  const template: TemplateName = `auth-route.${options.router}${isolated ? '.isolated' : ''}.ts`;
  const content = renderTemplate(
    template,
    {
      SERVER_UTILS: importSpecifier(info.root, file, utils, info.aliases),
      REDIRECT_ON_SIGN_IN: options.redirectOnSignIn,
      REDIRECT_ON_SIGN_OUT: options.redirectOnSignOut,
    },
    renderOptions(info),
  );
  planWholeFile(plan, info.files, file, content, {
    force: options.force,
    reason: 'sign-in, sign-up, sign-out and callback routes (createAuthRouteHandlers)',
  });
}

/**
 * A Gen 2 backend in the repo gets the callback URLs in `defineAuth` (with `externalProviders`, which makes
 * it create the Cognito domain), so the next deploy registers them. Returns the resource file when it will
 * list them where the adapter picks them.
 */
function planBackendCallbackUrls(plan: Plan, info: ProjectInfo, origin: string): string | undefined {
  const resource = info.files.firstExisting('amplify/auth/resource', ['ts', 'js']);
  if (resource === undefined) return undefined;
  const urls = callbackUrls(origin);
  let registers = false;
  planEdit(plan, info.files, resource, {
    reason: 'registers the auth routes as callback and logout URLs',
    edit: (source) => {
      const { printWidth, trailingCommas } = info.codeStyle;
      const format = printWidth === undefined ? undefined : { printWidth, trailingCommas: trailingCommas !== false };
      const result = addCallbackUrls(source, { filePath: resource, callbackUrls: [urls.signIn], logoutUrls: [urls.signOut], format });
      registers = result.kind !== 'manual';
      return result;
    },
    manualSnippet: `loginWith: {\n  externalProviders: {\n    callbackUrls: [${stringLiteral(urls.signIn, "'")}],\n    logoutUrls: [${stringLiteral(urls.signOut, "'")}],\n  },\n}`,
  });
  return registers ? resource : undefined;
}

function checkGuard(plan: Plan, info: ProjectInfo): void {
  const { guard } = info.setup.paths;
  const facts = info.setup.guard;
  if (facts === undefined) return;
  const guards = matcherGuardsAuthRoutes(facts);
  if (guards === true) {
    plan.notes.push(
      `${guard} also runs for /api/auth/*: exclude api from its matcher, or signed-out users can never reach the sign-in route.`,
    );
  } else if (guards === undefined) {
    plan.notes.push(`Check that ${guard} does not guard /api/auth/* (its matcher is not a literal list, so amplify-next cannot tell).`);
  }
}
