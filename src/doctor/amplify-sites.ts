import type { CallExpression, File, ImportDeclaration } from '@babel/types';
import { findConfigureCalls } from '../ast/amplify-configure.js';
import { callsOf } from '../ast/walk.js';
import type { DoctorProject } from './check.js';
import { isGuardFile, isServerModule } from './checks/server-files.js';
import { importedName } from '../ast/import-statements.js';

/** The modules `Amplify` (v6's singleton) is imported from. */
const AMPLIFY_SOURCES = ['aws-amplify', '@aws-amplify/core'];

/** A Gen 2 backend (`amplify/`) configures Amplify in its Lambda functions, not in the app. */
const BACKEND_FOLDER = 'amplify/';

export interface ConfigureSite {
  file: string;
  ast: File;
  call: CallExpression;
  /** The file starts with `'use client'`. */
  useClient: boolean;
  /**
   * The module runs only on the server (a Server Component page or layout, a route handler, a `'use server'`
   * module, an API route, the guard): this configure never reaches the browser.
   */
  serverOnly: boolean;
}

export interface RunnerSite {
  file: string;
  ast: File;
  call: CallExpression;
}

const configureSitesOf = new WeakMap<DoctorProject, ConfigureSite[]>();
const runnerSites = new WeakMap<DoctorProject, RunnerSite[]>();

/** The `Amplify.configure(…)` calls that can run in the browser, in file order. */
export function clientConfigureSites(project: DoctorProject): ConfigureSite[] {
  return allConfigureSites(project).filter((site) => !site.serverOnly);
}

/** Every `Amplify.configure(…)` of the app's own code (whatever `Amplify` is imported as), in file order. */
export function allConfigureSites(project: DoctorProject): ConfigureSite[] {
  let sites = configureSitesOf.get(project);
  if (sites === undefined) {
    sites = [];
    for (const file of project.sourceFilesContaining('.configure(')) {
      if (file.startsWith(BACKEND_FOLDER)) continue;
      const ast = project.parse(file);
      if (!ast) continue;
      const useClient = ast.program.directives.some((directive) => directive.value.value === 'use client');
      const serverOnly = isServerModule(project, file, ast) || isGuardFile(project, file);
      for (const local of amplifyLocals(ast)) {
        for (const call of findConfigureCalls(ast, local)) sites.push({ file, ast, call, useClient, serverOnly });
      }
    }
    configureSitesOf.set(project, sites);
  }
  return sites;
}

/** Every `createServerRunner(…)` call of the app's own code, in file order. */
export function serverRunnerSites(project: DoctorProject): RunnerSite[] {
  let sites = runnerSites.get(project);
  if (sites === undefined) {
    sites = [];
    for (const file of project.sourceFilesContaining('createServerRunner')) {
      if (file.startsWith(BACKEND_FOLDER)) continue;
      const ast = project.parse(file);
      if (!ast) continue;
      for (const call of callsOf(ast, 'createServerRunner')) sites.push({ file, ast, call });
    }
    runnerSites.set(project, sites);
  }
  return sites;
}

function amplifyLocals(ast: File): string[] {
  const locals: string[] = [];
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || !AMPLIFY_SOURCES.includes(statement.source.value) || statement.importKind === 'type')
      continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && importedName(specifier) === 'Amplify') locals.push(specifier.local.name);
    }
  }
  return locals;
}

/** The import declaration that binds `local`, if the module imports it. */
export function importOf(ast: File, local: string): ImportDeclaration | undefined {
  return ast.program.body.find(
    (statement): statement is ImportDeclaration =>
      statement.type === 'ImportDeclaration' && statement.specifiers.some((specifier) => specifier.local.name === local),
  );
}
