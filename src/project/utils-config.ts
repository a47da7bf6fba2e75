import path from 'node:path';
import { inspectProjectFile } from '../plan/plan-file.js';
import { tryParseModule } from '../../transforms/lib/source.js';
import { kindOfConfigFile, type AmplifyConfigFile } from './amplify-config.js';
import { toProjectPath } from './project-path.js';

/**
 * The Amplify config file the server utils module imports (relative or through an alias), among the
 * project's config files; `undefined` when it has no utils module or imports none of them.
 */
export function configImportedBy(root: string, utilsFile: string, configs: AmplifyConfigFile[]): AmplifyConfigFile | undefined {
  const source = inspectProjectFile(root, utilsFile);
  if (source === null) return undefined;
  const ast = tryParseModule(source, utilsFile);
  if (!ast) return undefined;
  // `aws-exports` is imported without its extension.
  const namesAConfig = (specifier: string) => (kindOfConfigFile(specifier) ?? kindOfConfigFile(`${specifier}.js`)) !== undefined;
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || !namesAConfig(statement.source.value)) continue;
    const specifier = statement.source.value;
    if (specifier.startsWith('.')) {
      const resolved = toProjectPath(root, path.resolve(root, path.dirname(utilsFile), specifier));
      const match = configs.find((config) => config.path === resolved || config.path === `${resolved}.js`);
      if (match) return match;
    }
    const byName = configs.filter((config) => specifier.endsWith(path.posix.basename(config.path)) || `${specifier}.js`.endsWith(path.posix.basename(config.path)));
    if (byName.length === 1) return byName[0];
  }
  return undefined;
}
