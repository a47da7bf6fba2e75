import fs from 'node:fs';
import path from 'node:path';
import { listSourceFiles } from './source-files.js';
import { findConfigureCalls, hasSsrTrue } from '../ast/amplify-configure.js';
import { tryParseModule } from '../ast/parse.js';
import { toProjectPath } from './project-path.js';
import { readTextToInspect } from './read-file.js';

export interface ConfigureSite {
  file: string;
  line: number;
}

/**
 * `Amplify.configure(...)` calls without `{ ssr: true }` in the project's own code (other than `skip`):
 * with one of those in the browser, tokens go to localStorage and every server call sees no user.
 */
export function configureWithoutSsr(root: string, skip: string[]): ConfigureSite[] {
  const folders = ['app', 'pages', 'src', 'components', 'lib', 'utils'].filter((dir) => fs.statSync(path.join(root, dir), { throwIfNoEntry: false })?.isDirectory());
  if (folders.length === 0) return [];
  const sites: ConfigureSite[] = [];
  for (const file of listSourceFiles(root, folders)) {
    const relative = toProjectPath(root, file);
    if (skip.includes(relative)) continue;
    const source = readTextToInspect(file, relative);
    if (source === null || !source.includes('Amplify.configure')) continue;
    const ast = tryParseModule(source, file);
    if (!ast) continue;
    for (const call of findConfigureCalls(ast, 'Amplify')) {
      const options = call.arguments[1];
      if (options?.type !== 'ObjectExpression' || !hasSsrTrue(options)) sites.push({ file: relative, line: call.loc?.start.line ?? 0 });
    }
  }
  return sites;
}
