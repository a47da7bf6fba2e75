import type { File } from '@babel/types';
import { GUARD_EXTENSIONS, type GuardKind } from '../project/setup-paths.js';
import type { DoctorProject } from './check.js';
import { resolveImport } from './module-graph.js';
import { importedName } from '../ast/import-statements.js';

export interface GuardFile {
  file: string;
  kind: GuardKind;
}

export interface AmplifyGuard extends GuardFile {
  ast: File;
  source: string;
  /**
   * Functions the guard imports from the app's own modules that run Amplify (`runWithAmplifyServerContext`
   * inside), such as `authenticatedUser({ request, response })`: a call to one stands for the runner's.
   */
  helpers: string[];
}

/** Whether Next.js reads `proxy.*` (16 and later; also when the version could not be read). */
export function readsProxy(project: DoctorProject): boolean {
  return (project.info.next?.major ?? 16) >= 16;
}

/** The `middleware.*` and `proxy.*` files where Next.js reads them (the project root, or `src/`). */
export function guardFiles(project: DoctorProject): GuardFile[] {
  const base = project.info.layout.srcDir ? 'src/' : '';
  const kinds: GuardKind[] = readsProxy(project) ? ['middleware', 'proxy'] : ['middleware'];
  return kinds.flatMap((kind) => {
    const file = project.info.files.firstExisting(`${base}${kind}`, GUARD_EXTENSIONS);
    return file === undefined ? [] : [{ file, kind }];
  });
}

const RUNNER = 'runWithAmplifyServerContext';

/**
 * The guard files that use Amplify (`runWithAmplifyServerContext` or `fetchAuthSession`, themselves or
 * through a helper of the app's own), parsed.
 */
export function amplifyGuards(project: DoctorProject): AmplifyGuard[] {
  return guardFiles(project).flatMap((guard) => {
    const source = project.read(guard.file);
    if (source === null) return [];
    const direct = /runWithAmplifyServerContext|fetchAuthSession|aws-amplify/.test(source);
    // A guard without a relative or aliased import cannot reach a helper: not parsed.
    if (!direct && !/from\s*['"](\.|[@~#]\/)/.test(source)) return [];
    const ast = project.parse(guard.file);
    if (!ast) return [];
    const helpers = amplifyHelpers(project, guard.file, ast);
    return direct || helpers.length > 0 ? [{ ...guard, ast, source, helpers }] : [];
  });
}

function amplifyHelpers(project: DoctorProject, file: string, ast: File): string[] {
  const helpers: string[] = [];
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const target = resolveImport(project, file, statement.source.value);
    if (target === undefined || !project.read(target)?.includes(RUNNER)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
      if (importedName(specifier) !== RUNNER) helpers.push(specifier.local.name);
    }
  }
  return helpers;
}
