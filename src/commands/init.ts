import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { planInit } from '../generate/init-plan.js';
import { firstExisting } from '../generate/project-files.js';
import { adapterNeeds } from '../install/adapter-matrix.js';
import { amplifyVersionNote } from '../install/dependencies.js';
import { declaredSpec } from '../project/package-json.js';
import { DEFAULT_CONFIG_FILE, kindOfConfigFile, type AmplifyConfigFile } from '../project/amplify-config.js';
import { detectProject, type ProjectInfo } from '../project/detect.js';
import { requireRouter, type Router } from '../project/layout.js';
import type { PackageManagerName } from '../project/package-manager.js';
import type { Output } from '../ui/output.js';
import { select } from '../ui/prompt.js';
import { planJson } from '../ui/report.js';
import { printDetected, projectJson } from '../ui/detected.js';
import { printWarnings } from '../ui/warnings.js';
import { versionWarnings } from '../project/version-warnings.js';
import { isInteractive, type CommonOptions } from './common.js';
import { executePlan } from './plan-flow.js';
import { afterInstallError, installFlowSteps, packageJson, planPackages, printPackageOutcome } from './package-step.js';
import { toProjectPath } from '../project/project-path.js';

export interface InitOptions extends CommonOptions {
  router?: Router;
  skipInstall: boolean;
  packageManager?: PackageManagerName;
  config?: string;
  signInPath: string;
  middleware: boolean;
}

const SIGN_IN_PATH = /^\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

export function validateSignInPath(value: string): string {
  if (!SIGN_IN_PATH.test(value)) {
    throw new UsageError(`--sign-in-path "${value}" is not a plain route like /sign-in.`, 'Use letters, digits, - and _ in /-separated segments.');
  }
  return value;
}

export async function runInit(options: InitOptions, out: Output): Promise<number> {
  validateSignInPath(options.signInPath);
  const info = detectProject(options.cwd, { packageManager: options.packageManager });
  const config = await chooseConfigFile(info, options);
  const routers = chooseRouters(info, options.router);
  const plan = planInit(info, {
    config,
    routers,
    signInPath: options.signInPath,
    middleware: options.middleware,
    force: options.force,
  });
  if (info.amplifyConfigs.length === 0 && options.config === undefined) {
    plan.notes.push(
      `No Amplify config file yet: the generated code imports ${config.path}. Create it with \`npx ampx sandbox\` (or \`npx ampx generate outputs\` for a deployed backend).`,
    );
  }
  const amplifyNote = amplifyVersionNote(declaredSpec(info.packageJson, 'aws-amplify'));
  if (amplifyNote) plan.notes.push(amplifyNote);
  const packages = await planPackages(info, adapterNeeds(info.next.major, { authRoutes: false }), options.skipInstall);
  plan.notes.push(...packages.notes);

  const warnings = versionWarnings(info);
  printDetected(out, info, config, routers);
  printWarnings(out, warnings);

  let outcome;
  try {
    outcome = await executePlan(plan, info.root, options, out, installFlowSteps(info, packages, out, 'amplify-next init'));
  } catch (error) {
    throw afterInstallError(packages, error);
  }
  const summary = {
    command: 'init',
    dryRun: options.dryRun,
    project: projectJson(info, config, routers),
    warnings,
    ...planJson(plan),
    ...packageJson(packages),
    outcome,
  };
  printPackageOutcome(out, packages, outcome);
  if (outcome === 'applied') printNextSteps(out, info, config, options);
  if (options.json) out.printJson(summary);
  return 0;
}

/** Whether either router already serves `route` (e.g. app/sign-in/page.tsx or pages/sign-in.tsx). */
function hasPage(info: ProjectInfo, route: string): boolean {
  const { app, pages } = info.layout.routers;
  const stems = [app && `${app}${route}/page`, pages && `${pages}${route}`, pages && `${pages}${route}/index`];
  return stems.some((stem) => stem && firstExisting(info.root, stem) !== undefined);
}

async function chooseConfigFile(info: ProjectInfo, options: InitOptions): Promise<AmplifyConfigFile> {
  if (options.config !== undefined) {
    const relative = toProjectPath(info.root, path.resolve(info.root, options.config));
    if (!fs.existsSync(path.join(info.root, relative))) {
      throw new UsageError(`--config ${options.config}: no such file in ${info.root}.`, 'Pass the path of amplify_outputs.json, amplifyconfiguration.json or aws-exports.js.');
    }
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

function chooseRouters(info: ProjectInfo, requested: Router | undefined): Router[] {
  return requested === undefined ? (Object.keys(info.layout.routers) as Router[]) : [requireRouter(info.layout, requested)];
}

function printNextSteps(out: Output, info: ProjectInfo, config: AmplifyConfigFile, options: InitOptions): void {
  out.line();
  out.line(out.color.bold('Next steps'));
  if (info.amplifyConfigs.length === 0 && options.config === undefined) {
    out.line(`  - Create ${config.path}: npx ampx sandbox (or npx ampx generate outputs --app-id <id> --branch <branch>)`);
  }
  if (options.middleware && !hasPage(info, options.signInPath)) {
    out.line(`  - Add a page at ${options.signInPath} (signed-out users are sent there), e.g. with <Authenticator> from @aws-amplify/ui-react`);
  }
  out.line('  - Server-side sign-in routes: npx amplify-next add auth-routes');
  out.line('  - Migrating from Amplify v5 withSSRContext: npx amplify-next migrate-v5');
}
