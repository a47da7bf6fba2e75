import { findConfigureCalls, hasSsrTrue } from '../ast/amplify-configure.js';
import type { FileStore } from './file-store.js';

export interface ConfigureSite {
  file: string;
  line: number;
}

/** The folders of the project's own code where a configure call is looked for. */
const CODE_FOLDERS = ['app/', 'pages/', 'src/', 'components/', 'lib/', 'utils/'];

/**
 * `Amplify.configure(...)` calls without `{ ssr: true }` in the project's own code: with one of those in
 * the browser, tokens go to localStorage and every server call sees no user.
 */
export function findConfigureWithoutSsr(files: FileStore): ConfigureSite[] {
  const sites: ConfigureSite[] = [];
  for (const file of files.sourceFiles()) {
    if (!CODE_FOLDERS.some((folder) => file.startsWith(folder))) continue;
    const source = files.text(file);
    if (source === null || !source.includes('Amplify.configure')) continue;
    const ast = files.parse(file);
    if (!ast) continue;
    for (const call of findConfigureCalls(ast, 'Amplify')) {
      const options = call.arguments[1];
      if (options?.type !== 'ObjectExpression' || !hasSsrTrue(options)) sites.push({ file, line: call.loc?.start.line ?? 0 });
    }
  }
  return sites;
}
