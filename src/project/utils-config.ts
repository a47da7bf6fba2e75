import path from 'node:path';
import type { FileStore } from './file-store.js';
import { kindOfConfigFile, type AmplifyConfigFile } from './amplify-config.js';
import { toProjectPath } from './project-path.js';

const MODULE_EXTENSIONS = ['.js', '.ts', '.mjs'];

/**
 * The Amplify config file the server utils module imports (relative or through an alias), among the
 * project's config files; `undefined` when it has no utils module or imports none of them.
 */
export function configImportedBy(files: FileStore, utilsFile: string, configs: AmplifyConfigFile[]): AmplifyConfigFile | undefined {
  const { root } = files;
  const ast = files.parse(utilsFile);
  if (!ast) return undefined;
  // `aws-exports` is imported without its extension.
  const withExtensions = (specifier: string) => [specifier, ...MODULE_EXTENSIONS.map((ext) => `${specifier}${ext}`)];
  const namesAConfig = (specifier: string) => withExtensions(specifier).some((name) => kindOfConfigFile(name) !== undefined);
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || !namesAConfig(statement.source.value)) continue;
    const specifier = statement.source.value;
    if (specifier.startsWith('.')) {
      const resolved = toProjectPath(root, path.resolve(root, path.dirname(utilsFile), specifier));
      const match = configs.find((config) => withExtensions(resolved).includes(config.path));
      if (match) return match;
    }
    const byName = configs.filter((config) => withExtensions(specifier).some((name) => name.endsWith(path.posix.basename(config.path))));
    if (byName.length === 1) return byName[0];
  }
  return undefined;
}
