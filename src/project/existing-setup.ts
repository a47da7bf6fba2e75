import { findConfigureCalls } from '../ast/amplify-configure.js';
import { exportsName } from '../ast/exported-names.js';
import { tryParseModule } from '../ast/parse.js';
import { inspectProjectFile } from '../plan/plan-file.js';

export interface SetupFiles {
  serverUtils: string;
  configureComponent: string;
  guard: string;
  pagesApp?: string;
  pagesAppIsNew: boolean;
}

/** The pieces of an Amplify SSR setup the project already has, for the "Detected" block. */
export function existingSetup(root: string, files: SetupFiles): string[] {
  const found: string[] = [];
  const utils = inspectProjectFile(root, files.serverUtils);
  const utilsAst = utils === null ? undefined : tryParseModule(utils, files.serverUtils);
  if (utilsAst && exportsName(utilsAst, 'runWithAmplifyServerContext')) found.push(`${files.serverUtils} (createServerRunner)`);
  if (inspectProjectFile(root, files.configureComponent) !== null) found.push(files.configureComponent);
  if (inspectProjectFile(root, files.guard) !== null) found.push(files.guard);
  if (files.pagesApp && !files.pagesAppIsNew) {
    const app = inspectProjectFile(root, files.pagesApp);
    const appAst = app === null ? undefined : tryParseModule(app, files.pagesApp);
    if (appAst && findConfigureCalls(appAst, 'Amplify').length > 0) found.push(`Amplify.configure in ${files.pagesApp}`);
  }
  return found;
}
