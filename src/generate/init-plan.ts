import type { AmplifyConfigFile } from '../project/amplify-config.js';
import { configuredFrom } from '../project/configured-from.js';
import type { ProjectInfo } from '../project/detect.js';
import type { Router } from '../project/layout.js';
import { isEdgeRuntime } from '../project/guard-facts.js';
import type { GuardKind, SetupPaths } from '../project/setup-paths.js';
import { planWholeFile } from '../plan/plan-file.js';
import { emptyPlan, type ManualStep, type Plan } from '../plan/plan.js';
import { configureAmplifyInApp } from '../../transforms/edits/configure-amplify-in-app.js';
import { injectConfigureComponent } from '../../transforms/edits/inject-configure-component.js';
import { exportsName } from '../ast/exported-names.js';
import { stringLiteral } from '../ast/string-literal.js';
import { renderGuard } from './guard.js';
import { importSpecifier, specifierImports } from './import-specifier.js';
import { planNextConfig } from './next-config.js';
import { planEdit } from './plan-edit.js';
import { renderServerUtils } from './server-utils.js';
import { renderOptions, renderTemplate } from './templates.js';
import { guardedPublicFiles } from './static-files.js';

export interface InitPlanOptions {
  config: AmplifyConfigFile;
  routers: Router[];
  signInPath: string;
  middleware: boolean;
  force: boolean;
}

export const CONFIGURE_COMPONENT = 'ConfigureAmplifyClientSide';

export function planInit(info: ProjectInfo, options: InitPlanOptions): Plan {
  const plan = emptyPlan();
  const paths = info.setup.paths;
  planServerUtils(plan, info, paths, options);
  if (options.routers.includes('app')) planAppRouter(plan, info, paths, options);
  if (options.routers.includes('pages')) planPagesRouter(plan, info, paths, options);
  if (options.middleware) planGuard(plan, info, paths, options);
  planNextConfig(plan, info);
  noteOtherConfigureSites(plan, info, paths);
  noteConfigMismatch(plan, info, paths, options);
  return plan;
}

/** A browser configured from one file and a server from another see two backends: signed in on one, not the other. */
function noteConfigMismatch(plan: Plan, info: ProjectInfo, paths: SetupPaths, options: InitPlanOptions): void {
  const existingUtils = plan.changes.every((change) => change.path !== paths.serverUtils) && info.files.text(paths.serverUtils) !== null;
  const server = existingUtils ? configuredFrom(info, paths.serverUtils, 'server') : options.config.path;
  if (server === undefined) return;
  const clients = [
    options.routers.includes('pages') && !paths.pagesAppIsNew ? paths.pagesApp : undefined,
    options.routers.includes('app') ? paths.configureComponent : undefined,
  ];
  for (const client of clients) {
    if (client === undefined || plan.changes.some((change) => change.path === client && change.kind === 'create')) continue;
    const browser = configuredFrom(info, client, 'client');
    if (browser !== undefined && browser !== server) {
      plan.notes.push(
        `${client} configures the browser from ${browser}, but ${paths.serverUtils} configures the server from ${server}: signed in on one, a user is not on the other. Import the same config file in both (--config ${browser} to generate the server side from it).`,
      );
    }
  }
}

function noteOtherConfigureSites(plan: Plan, info: ProjectInfo, paths: SetupPaths): void {
  const handled = [paths.configureComponent, paths.pagesApp].filter((file): file is string => file !== undefined);
  for (const site of info.setup.configureWithoutSsr.filter((site) => !handled.includes(site.file))) {
    plan.notes.push(
      `${site.file}:${site.line} calls Amplify.configure without { ssr: true }: in the browser that keeps tokens in localStorage and the server sees no user. Configure once, with { ssr: true }.`,
    );
  }
}

function configImport(info: ProjectInfo, fromFile: string, options: InitPlanOptions): string {
  return importSpecifier(info.root, fromFile, options.config.path, info.aliases);
}

function planServerUtils(plan: Plan, info: ProjectInfo, paths: SetupPaths, options: InitPlanOptions): void {
  const existing = info.files.parseOrThrow(paths.serverUtils);
  if (existing !== null && exportsName(existing, 'runWithAmplifyServerContext')) {
    return;
  }
  planWholeFile(plan, info.files, paths.serverUtils, renderServerUtils(info, paths.serverUtils, options.config), {
    force: options.force,
    reason: 'exports runWithAmplifyServerContext from createServerRunner',
    skipReason: 'exists without a runWithAmplifyServerContext export; --force replaces it',
  });
}

function planAppRouter(plan: Plan, info: ProjectInfo, paths: SetupPaths, options: InitPlanOptions): void {
  const component = paths.configureComponent;
  const layouts = paths.rootLayouts!;
  // A 'use client' root layout that calls Amplify.configure(…, { ssr: true }) itself configures the browser
  // wherever it renders: it needs no component.
  const selfConfiguring = layouts.found.filter((layout) => info.setup.modules.clientConfigures.includes(layout));
  const toRender = layouts.found.filter((layout) => !selfConfiguring.includes(layout));
  for (const layout of selfConfiguring) plan.notes.push(`${layout} configures Amplify with { ssr: true } itself: left as it is.`);
  if (layouts.found.length > 0 && toRender.length === 0) return;
  // A module of the user's that already configures Amplify with { ssr: true } is reused as it is.
  if (!paths.configureComponentIsRecognised) {
    planWholeFile(
      plan,
      info.files,
      component,
      renderTemplate('ConfigureAmplifyClientSide.tsx', { AMPLIFY_CONFIG: configImport(info, component, options) }, renderOptions(info)),
      { force: options.force, reason: "'use client' component calling Amplify.configure(config, { ssr: true })" },
    );
  }

  if (layouts.found.length === 0) {
    plan.manual.push(missingRootLayoutStep(info, component, layouts.examined));
    return;
  }
  for (const layout of toRender) {
    const importPath = existingImport(info, layout, component) ?? importSpecifier(info.root, layout, component, info.aliases);
    planEdit(plan, info.files, layout, {
      reason: `renders <${CONFIGURE_COMPONENT} /> first in <body>`,
      edit: (source) =>
        injectConfigureComponent(source, { filePath: layout, componentName: CONFIGURE_COMPONENT, importSpecifier: importPath }),
      manualSnippet: `import ${CONFIGURE_COMPONENT} from ${stringLiteral(importPath, "'")};\n\n// first child of <body>:\n<${CONFIGURE_COMPONENT} />`,
    });
  }
}

/** The specifier `file` already imports `target` with (relative or aliased, any spelling), if it does. */
function existingImport(info: ProjectInfo, file: string, target: string): string | undefined {
  const ast = info.files.parse(file);
  if (!ast) return undefined;
  for (const statement of ast.program.body) {
    if (statement.type === 'ImportDeclaration' && specifierImports(info.root, file, statement.source.value, target, info.aliases)) {
      return statement.source.value;
    }
  }
  return undefined;
}

/** No layout renders a literal `<body>`: say which files were looked at and what to add where. */
function missingRootLayoutStep(info: ProjectInfo, component: string, examined: string[]): ManualStep {
  const appDir = info.layout.routers.app!;
  const rootLayout = `${appDir}/layout.${info.typescript ? 'tsx' : 'js'}`;
  const looked =
    examined.length === 0
      ? `There is no layout under ${appDir}/ (Next.js creates ${rootLayout} on the first \`next dev\`)`
      : `No layout under ${appDir}/ renders a literal <body> (looked at ${examined.join(', ')}; <html> and <body> may come from another component)`;
  return {
    path: examined[0] ?? rootLayout,
    message: `${looked}, so there is no place to render <${CONFIGURE_COMPONENT} /> safely. Render it as the first child of <body> in the component that renders <html> and <body>:`,
    snippet: `import ${CONFIGURE_COMPONENT} from ${stringLiteral(importSpecifier(info.root, examined[0] ?? rootLayout, component, info.aliases), "'")};\n\n<body>\n  <${CONFIGURE_COMPONENT} />\n  {children}\n</body>`,
  };
}

function planPagesRouter(plan: Plan, info: ProjectInfo, paths: SetupPaths, options: InitPlanOptions): void {
  const app = paths.pagesApp!;
  const config = configImport(info, app, options);
  if (paths.pagesAppIsNew) {
    planWholeFile(plan, info.files, app, renderTemplate('_app.tsx', { AMPLIFY_CONFIG: config }, renderOptions(info)), {
      force: options.force,
      reason: 'custom App that configures Amplify with { ssr: true }',
    });
    return;
  }
  planEdit(plan, info.files, app, {
    reason: 'configures Amplify with { ssr: true } at module level',
    edit: (source) => configureAmplifyInApp(source, { filePath: app, configImportSpecifier: config }),
    manualSnippet: `import { Amplify } from 'aws-amplify';\nimport config from ${stringLiteral(config, "'")};\n\nAmplify.configure(config, { ssr: true });`,
  });
}

function planGuard(plan: Plan, info: ProjectInfo, paths: SetupPaths, options: InitPlanOptions): void {
  const { guard, guardKind } = paths;
  const content = renderGuard(info, paths, options.signInPath);
  for (const misplaced of paths.misplacedGuards) {
    plan.notes.push(
      `${misplaced} is ignored by Next.js in a src/ layout (it reads ${paths.base}${guardKind}); move its code into ${guard}.`,
    );
  }
  if (paths.conflictingGuards.length > 0) {
    plan.notes.push(
      `${paths.conflictingGuards.join(' and ')} both exist: Next.js 16 refuses to build with both. Keep ${guard} and move the other's code into it.`,
    );
  }
  noteDeprecatedMiddleware(plan, info, guard, guardKind);
  const outcome = planWholeFile(plan, info.files, guard, content, {
    force: options.force,
    reason: `redirects signed-out users to ${options.signInPath} (fetchAuthSession)`,
    skipReason: `your ${guardKind} is left as it is; --force replaces it`,
  });
  if (outcome === 'create' || outcome === 'update') notePublicFilesGuarded(plan, info, guard);
  if (outcome === 'skipped') {
    plan.manual.push({
      path: guard,
      message: `Protect routes in your ${guardKind}: check fetchAuthSession inside runWithAmplifyServerContext, return the same response when signed in, and keep ${options.signInPath}, /api, _next/static, _next/image and static files (public/) out of its matcher. The ${guardKind} amplify-next would write:`,
      snippet: content,
    });
  }
}

/** The guard leaves static files out by extension: name the files in public/ that it would still guard. */
function notePublicFilesGuarded(plan: Plan, info: ProjectInfo, guard: string): void {
  const files = guardedPublicFiles(info.root);
  if (files.length === 0) return;
  const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  plan.notes.push(
    `${named}: still guarded by ${guard} (its matcher leaves static files out by their extension, not these). Add them to the matcher's exclusions if signed-out visitors need them.`,
  );
}

/** Next.js 16 still runs `middleware.*` but deprecates the name, except for a guard that needs the Edge runtime. */
function noteDeprecatedMiddleware(plan: Plan, info: ProjectInfo, guard: string, kind: GuardKind): void {
  const existing = info.setup.guard;
  if (existing === undefined || info.next.major < 16 || kind !== 'middleware') return;
  if (isEdgeRuntime(existing.runtime)) return;
  plan.notes.push(
    `${guard}: Next.js 16 deprecates the middleware file convention in favour of proxy. amplify-next leaves the file where it is; rename it with \`npx @next/codemod@latest middleware-to-proxy .\` (it renames the file and the function).`,
  );
}
