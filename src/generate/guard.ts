import type { SourceProject } from '../project/detect.js';
import type { SetupPaths } from '../project/setup-paths.js';
import { sameContent } from '../plan/plan-file.js';
import { importSpecifier } from './import-specifier.js';
import { STATIC_FILE_EXTENSIONS } from './static-files.js';
import { renderOptions, renderTemplate } from './templates.js';

/** The guard as init writes it for `signInPath` (`middleware.ts`, or `proxy.ts` on Next.js 16). Also how an earlier run's guard is recognised. */
export function renderGuard(info: SourceProject, paths: SetupPaths, signInPath: string): string {
  return renderTemplate(
    paths.guardKind === 'proxy' ? 'proxy.ts' : 'middleware.ts',
    {
      SERVER_UTILS: importSpecifier(info.root, paths.guard, paths.serverUtils, info.aliases),
      SIGN_IN_PATH: signInPath,
      SIGN_IN_SEGMENT: signInPath.replace(/^\//, ''),
      STATIC_EXTENSIONS: STATIC_FILE_EXTENSIONS,
    },
    renderOptions(info),
  );
}

/** The sign-in page of a guard that is exactly what init writes (so: ours, from an earlier run), if there is one. */
export function ownGuardSignInPath(info: SourceProject): string | undefined {
  const paths = info.setup.paths;
  const candidate = info.setup.guard?.signInPath;
  const source = info.files.text(paths.guard);
  if (source === null || candidate === undefined) return undefined;
  return sameContent(source, renderGuard(info, paths, candidate)) ? candidate : undefined;
}
