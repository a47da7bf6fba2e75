import type { File } from '@babel/types';
import { GUARD_EXTENSIONS, type GuardKind } from '../project/setup-paths.js';
import type { DoctorProject } from './check.js';

export interface GuardFile {
  file: string;
  kind: GuardKind;
}

export interface AmplifyGuard extends GuardFile {
  ast: File;
  source: string;
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

/** The guard files that use Amplify (`runWithAmplifyServerContext` or `fetchAuthSession`), parsed. */
export function amplifyGuards(project: DoctorProject): AmplifyGuard[] {
  return guardFiles(project).flatMap((guard) => {
    const source = project.read(guard.file);
    if (source === null || !/runWithAmplifyServerContext|fetchAuthSession|aws-amplify/.test(source)) return [];
    const ast = project.parse(guard.file);
    return ast ? [{ ...guard, ast, source }] : [];
  });
}
