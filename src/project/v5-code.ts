import { scanProjectFile } from '../plan/plan-file.js';
import { listSourceFiles } from './source-files.js';
import { toProjectPath } from './project-path.js';

/** Whether any source file of the project (what migrate-v5 would scan) still calls Amplify v5's `withSSRContext`. */
export function hasWithSsrContext(root: string): boolean {
  return listSourceFiles(root, ['.']).some((file) => scanProjectFile(root, toProjectPath(root, file))?.includes('withSSRContext') === true);
}
