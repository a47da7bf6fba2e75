import { ownGuardSignInPath } from '../generate/guard.js';
import { planInit } from '../generate/init-plan.js';
import { adapterNeeds } from '../install/adapter-matrix.js';
import { amplifyVersionNote } from '../install/dependencies.js';
import { declaredSpec } from '../project/package-json.js';
import { DEFAULT_CONFIG_FILE, kindOfConfigFile, type AmplifyConfigFile } from '../project/amplify-config.js';
import { readConfigValue } from '../project/config-value.js';
import { detectProject, type ProjectInfo } from '../project/detect.js';
import { requireRouter, type Router } from '../project/layout.js';
import type { PackageManagerName } from '../project/package-manager.js';
import { MODULE_EXTENSIONS } from '../project/setup-paths.js';
import { findSignInPages } from '../project/sign-in-pages.js';
import { v5ConfigNote, v5OnlyKeys } from '../project/v5-config-shape.js';
import { versionWarnings } from '../project/version-warnings.js';
import type { Output } from '../ui/output.js';
import { select } from '../ui/prompt.js';
import { installJson, planJson } from '../ui/plan-output.js';
import { printDetected, projectJson } from '../ui/detected.js';
import { printWarnings } from '../ui/warnings.js';
import { isInteractive, type CommonOptions } from './common.js';
import { checkConfigFlag } from './config-flag.js';
import { parseSignInPath } from './flag-values.js';
import { executePlan } from './plan-flow.js';
import { planPackages } from '../install/package-plan.js';

export interface InitOptions extends CommonOptions {
  router?: Router;
  skipInstall: boolean;
  packageManager?: PackageManagerName;
  config?: string;
  /** `undefined` when --sign-in-path is not given: the app's own sign-in page is looked for. */
  signInPath?: string;
  middleware: boolean;
}

const DEFAULT_SIGN_IN_PATH = '/sign-in';

interface SignInChoice {
  path: string;
  /** Why this path, for the summary; `undefined` when it needs no word (the flag, or an existing /sign-in). */
  note?: string;
}

export async function runInit(options: InitOptions, out: Output): Promise<number> {
  if (options.signInPath !== undefined) parseSignInPath(options.signInPath);
  const info = detectProject(options.cwd, { packageManager: options.packageManager });
  const config = await chooseConfigFile(info, options);
  const routers = chooseRouters(info, options.router);
  const signIn = await chooseSignInPath(info, options);
  const plan = planInit(info, {
    config,
    routers,
    signInPath: signIn.path,
    middleware: options.middleware,
    force: options.force,
  });
  if (options.middleware && signIn.note) plan.notes.push(signIn.note);
  if (info.amplifyConfigs.length === 0 && options.config === undefined) {
    plan.notes.push(
      `No Amplify config file yet: the generated code imports ${config.path}. Create it with \`npx ampx sandbox\` (or \`npx ampx generate outputs\` for a deployed backend).`,
    );
  }
  if (info.amplifyConfigs.some((file) => file.path === config.path)) {
    const v5Keys = v5OnlyKeys(readConfigValue(info.files, config));
    if (v5Keys.length > 0) plan.notes.unshift(v5ConfigNote(config.path, v5Keys));
  }
  const amplifyNote = amplifyVersionNote(declaredSpec(info.packageJson, 'aws-amplify'));
  if (amplifyNote) plan.notes.push(amplifyNote);
  const packages = await planPackages(info, adapterNeeds(info.next.major, { authRoutes: false }), {
    skipInstall: options.skipInstall,
    rerun: 'amplify-next init',
  });
  plan.install = packages.install;
  plan.notes.push(...packages.notes);

  const warnings = versionWarnings(info);
  printDetected(out, info, config, routers);
  printWarnings(out, warnings);

  const { outcome, installed } = await executePlan(plan, info, options, out);
  const summary = {
    command: 'init',
    dryRun: options.dryRun,
    project: projectJson(info, config, routers),
    warnings,
    ...planJson(plan),
    ...installJson(plan.install, installed),
    outcome,
  };
  if (outcome === 'applied') printNextSteps(out, info, config, options, signIn.path);
  if (options.json) out.printJson(summary);
  return 0;
}

/** Whether either router already serves `route` (e.g. app/sign-in/page.tsx or pages/sign-in.tsx). */
function hasPage(info: ProjectInfo, route: string): boolean {
  const { app, pages } = info.layout.routers;
  const stems = [app && `${app}${route}/page`, pages && `${pages}${route}`, pages && `${pages}${route}/index`];
  return stems.some((stem) => stem && info.files.firstExisting(stem, MODULE_EXTENSIONS) !== undefined);
}

async function chooseConfigFile(info: ProjectInfo, options: InitOptions): Promise<AmplifyConfigFile> {
  if (options.config !== undefined) {
    const relative = checkConfigFlag(info.files, options.config);
    return { path: relative, kind: kindOfConfigFile(relative) ?? 'gen2' };
  }
  const [preferred, ...others] = info.amplifyConfigs;
  if (!preferred) return DEFAULT_CONFIG_FILE;
  if (others.length === 0 || !isInteractive(options)) return preferred;
  const chosen = await select(
    'Several Amplify config files found. Which one should the app use?',
    info.amplifyConfigs.map((file) => ({ title: file.path, value: file.path })),
  );
  return info.amplifyConfigs.find((file) => file.path === chosen) ?? preferred;
}

/**
 * Where the guard sends signed-out users: --sign-in-path; else the page of the guard init wrote before; else
 * /sign-in when the app has it; else the app's own sign-in page (`/login`, `/auth/signin`…) when it has one
 * (several: asked in a terminal); else /sign-in, which does not exist yet.
 */
async function chooseSignInPath(info: ProjectInfo, options: InitOptions): Promise<SignInChoice> {
  if (options.signInPath !== undefined) return { path: options.signInPath };
  const own = ownGuardSignInPath(info);
  if (own !== undefined) return { path: own };
  if (hasPage(info, DEFAULT_SIGN_IN_PATH)) return { path: DEFAULT_SIGN_IN_PATH };
  const pages = findSignInPages(info.root, info.layout);
  if (pages.length === 1)
    return {
      path: pages[0]!,
      note: `The guard sends signed-out users to ${pages[0]}, the app's sign-in page (--sign-in-path changes it).`,
    };
  if (pages.length > 1 && isInteractive(options)) {
    const chosen = await select(
      'Several sign-in pages found. Where should the guard send signed-out users?',
      pages.map((page) => ({ title: page, value: page })),
    );
    return { path: chosen };
  }
  if (pages.length > 1) {
    return {
      path: DEFAULT_SIGN_IN_PATH,
      note: `Several sign-in pages found (${pages.join(', ')}): the guard sends signed-out users to ${DEFAULT_SIGN_IN_PATH}; pass --sign-in-path to use one of them.`,
    };
  }
  return { path: DEFAULT_SIGN_IN_PATH };
}

function chooseRouters(info: ProjectInfo, requested: Router | undefined): Router[] {
  return requested === undefined ? (Object.keys(info.layout.routers) as Router[]) : [requireRouter(info.layout, requested)];
}

function printNextSteps(out: Output, info: ProjectInfo, config: AmplifyConfigFile, options: InitOptions, signInPath: string): void {
  out.line();
  out.line(out.color.bold('Next steps'));
  if (info.amplifyConfigs.length === 0 && options.config === undefined) {
    out.line(`  - Create ${config.path}: npx ampx sandbox (or npx ampx generate outputs --app-id <id> --branch <branch>)`);
  }
  if (options.middleware && !hasPage(info, signInPath)) {
    out.line(`  - ${signInPath} does not exist yet, and the guard sends signed-out users there: add that page (e.g. with`);
    out.line(`    <Authenticator> from @aws-amplify/ui-react), or run init again with --sign-in-path <your sign-in page>`);
  }
  out.line('  - Server-side sign-in routes: npx amplify-next add auth-routes');
  if (info.setup.modules.hasWithSsrContext) out.line('  - Migrate the Amplify v5 withSSRContext code: npx amplify-next migrate-v5');
}
