import { findConfigureCalls } from '../ast/amplify-configure.js';
import { exportsName } from '../ast/exported-names.js';
import type { FileStore } from './file-store.js';
import type { SetupPaths } from './setup-paths.js';

/** The pieces of an Amplify SSR setup the project already has, as the "Detected" block names them. */
export function findAlreadyThere(files: FileStore, paths: SetupPaths): string[] {
  const found: string[] = [];
  const utilsAst = files.parse(paths.serverUtils);
  if (utilsAst && exportsName(utilsAst, 'runWithAmplifyServerContext')) found.push(`${paths.serverUtils} (createServerRunner)`);
  if (files.text(paths.configureComponent) !== null) found.push(paths.configureComponent);
  if (files.text(paths.guard) !== null) found.push(paths.guard);
  if (paths.pagesApp && !paths.pagesAppIsNew) {
    const appAst = files.parse(paths.pagesApp);
    if (appAst && findConfigureCalls(appAst, 'Amplify').length > 0) found.push(`Amplify.configure in ${paths.pagesApp}`);
  }
  return found;
}
