import type { AmplifyConfigFile } from '../project/amplify-config.js';
import { configureWithoutSsr } from '../project/configure-sites.js';
import type { ProjectInfo } from '../project/detect.js';
import type { Router } from '../project/layout.js';
import { planWholeFile, readProjectFile } from '../plan/plan-file.js';
import { emptyPlan, type Plan } from '../plan/types.js';
import { configureAmplifyInApp } from '../../transforms/edits/configure-amplify-in-app.js';
import { injectConfigureComponent } from '../../transforms/edits/inject-configure-component.js';
import { planEdit } from './plan-edit.js';
import { importSpecifier } from './import-specifier.js';
import { planNextConfig } from './next-config.js';
import { projectFiles, type GuardKind, type ProjectFiles } from './project-files.js';
import { isEdgeRuntime, readMiddlewareFacts } from '../project/middleware-facts.js';
import { exportsName, parseUserFile } from './inspect.js';
import { renderOptions, renderTemplate } from './templates.js';

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
  const files = projectFiles(info);
  planServerUtils(plan, info, files, options);
  if (options.routers.includes('app')) planAppRouter(plan, info, files, options);
  if (options.routers.includes('pages')) planPagesRouter(plan, info, files, options);
  if (options.middleware) planGuard(plan, info, files, options);
  planNextConfig(plan, info);
  noteOtherConfigureSites(plan, info, files);
  return plan;
}

function noteOtherConfigureSites(plan: Plan, info: ProjectInfo, files: ProjectFiles): void {
  const handled = [files.configureComponent, files.pagesApp].filter((file): file is string => file !== undefined);
  for (const site of configureWithoutSsr(info.root, handled)) {
    plan.notes.push(
      `${site.file}:${site.line} calls Amplify.configure without { ssr: true }: in the browser that keeps tokens in localStorage and the server sees no user. Configure once, with { ssr: true }.`,
    );
  }
}

function configImport(info: ProjectInfo, fromFile: string, options: InitPlanOptions): string {
  return importSpecifier(info.root, fromFile, options.config.path, info.aliases);
}

/** The server utils module, as init writes it. Also used by `add auth-routes` and `migrate-v5` when it is missing. */
export function renderServerUtils(info: ProjectInfo, file: string, config: AmplifyConfigFile): string {
  return renderTemplate(
    'amplifyServerUtils.ts',
    { AMPLIFY_CONFIG: importSpecifier(info.root, file, config.path, info.aliases) },
    renderOptions(info),
  );
}

function planServerUtils(plan: Plan, info: ProjectInfo, files: ProjectFiles, options: InitPlanOptions): void {
  const existing = readProjectFile(info.root, files.serverUtils);
  if (existing !== null && exportsName(parseUserFile(existing, files.serverUtils), 'runWithAmplifyServerContext')) {
    return;
  }
  planWholeFile(plan, info.root, files.serverUtils, renderServerUtils(info, files.serverUtils, options.config), {
    force: options.force,
    reason: 'exports runWithAmplifyServerContext from createServerRunner',
    skipReason: 'exists without a runWithAmplifyServerContext export; --force replaces it',
  });
}

function planAppRouter(plan: Plan, info: ProjectInfo, files: ProjectFiles, options: InitPlanOptions): void {
  const component = files.configureComponent;
  planWholeFile(
    plan,
    info.root,
    component,
    renderTemplate(
      'ConfigureAmplifyClientSide.tsx',
      { AMPLIFY_CONFIG: configImport(info, component, options) },
      renderOptions(info),
    ),
    { force: options.force, reason: "'use client' component calling Amplify.configure(config, { ssr: true })" },
  );

  const layout = files.rootLayout;
  const appDir = info.layout.routers.app;
  if (layout === undefined) {
    plan.manual.push({
      path: `${appDir}/layout`,
      message: `No root layout (${appDir}/layout.${info.typescript ? 'tsx' : 'js'}) to render <${CONFIGURE_COMPONENT} /> in. Render it as the first child of <body> in the layout that renders <html> and <body>.`,
      snippet: `import ${CONFIGURE_COMPONENT} from '${importSpecifier(info.root, `${appDir}/layout.tsx`, component, info.aliases)}';\n\n<body>\n  <${CONFIGURE_COMPONENT} />\n  {children}\n</body>`,
    });
    return;
  }
  const importPath = importSpecifier(info.root, layout, component, info.aliases);
  planEdit(plan, info.root, layout, {
    reason: `renders <${CONFIGURE_COMPONENT} /> first in <body>`,
    edit: (source) => injectConfigureComponent(source, { filePath: layout, componentName: CONFIGURE_COMPONENT, importSpecifier: importPath }),
    manualSnippet: `import ${CONFIGURE_COMPONENT} from '${importPath}';\n\n// first child of <body>:\n<${CONFIGURE_COMPONENT} />`,
  });
}

function planPagesRouter(plan: Plan, info: ProjectInfo, files: ProjectFiles, options: InitPlanOptions): void {
  const app = files.pagesApp!;
  const config = configImport(info, app, options);
  if (files.pagesAppIsNew) {
    planWholeFile(plan, info.root, app, renderTemplate('_app.tsx', { AMPLIFY_CONFIG: config }, renderOptions(info)), {
      force: options.force,
      reason: 'custom App that configures Amplify with { ssr: true }',
    });
    return;
  }
  planEdit(plan, info.root, app, {
    reason: 'configures Amplify with { ssr: true } at module level',
    edit: (source) => configureAmplifyInApp(source, { filePath: app, configImportSpecifier: config }),
    manualSnippet: `import { Amplify } from 'aws-amplify';\nimport config from '${config}';\n\nAmplify.configure(config, { ssr: true });`,
  });
}

function planGuard(plan: Plan, info: ProjectInfo, files: ProjectFiles, options: InitPlanOptions): void {
  const { guard, guardKind } = files;
  const content = renderTemplate(
    guardKind === 'proxy' ? 'proxy.ts' : 'middleware.ts',
    {
      SERVER_UTILS: importSpecifier(info.root, guard, files.serverUtils, info.aliases),
      SIGN_IN_PATH: options.signInPath,
      SIGN_IN_SEGMENT: options.signInPath.replace(/^\//, ''),
    },
    renderOptions(info),
  );
  for (const misplaced of files.misplacedGuards) {
    plan.notes.push(`${misplaced} is ignored by Next.js in a src/ layout (it reads ${files.base}${guardKind}); move its code into ${guard}.`);
  }
  if (files.conflictingGuards.length > 0) {
    plan.notes.push(
      `${files.conflictingGuards.join(' and ')} both exist: Next.js 16 refuses to build with both. Keep ${guard} and move the other's code into it.`,
    );
  }
  const existing = readProjectFile(info.root, guard);
  if (existing !== null) noteDeprecatedMiddleware(plan, info, guard, guardKind, existing);
  const outcome = planWholeFile(plan, info.root, guard, content, {
    force: options.force,
    reason: `redirects signed-out users to ${options.signInPath} (fetchAuthSession)`,
    skipReason: `your ${guardKind} is left as it is; --force replaces it`,
  });
  if (outcome === 'skipped') {
    plan.manual.push({
      path: guard,
      message: `Protect routes in your ${guardKind}: check fetchAuthSession inside runWithAmplifyServerContext, return the same response when signed in, and keep ${options.signInPath}, /api, _next/static, _next/image and favicon.ico out of its matcher. The ${guardKind} amplify-next would write:`,
      snippet: content,
    });
  }
}

/** Next.js 16 still runs `middleware.*` but deprecates the name, except for a guard that needs the Edge runtime. */
function noteDeprecatedMiddleware(plan: Plan, info: ProjectInfo, guard: string, kind: GuardKind, source: string): void {
  if (info.next.major < 16 || kind !== 'middleware') return;
  if (isEdgeRuntime(readMiddlewareFacts(source, guard).runtime)) return;
  plan.notes.push(
    `${guard}: Next.js 16 deprecates the middleware file convention in favour of proxy. amplify-next leaves the file where it is; rename it with \`npx @next/codemod@latest middleware-to-proxy .\` (it renames the file and the function).`,
  );
}
