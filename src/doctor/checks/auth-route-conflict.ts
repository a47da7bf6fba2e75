import { authRouteConflicts, conflictOwner } from '../../project/auth-route-conflicts.js';
import type { Check } from '../check.js';
import { authRouteFiles } from './auth-routes-facts.js';
import { DOCS } from '../docs.js';
import { FILE_START } from './locate.js';

/** Another route under /api/auth beside Amplify's `[slug]` handler: Next.js serves one of them for both. */
export const authRouteConflictCheck: Check = {
  codes: ['auth-route-conflict'],
  run(project) {
    const routes = authRouteFiles(project);
    if (routes.length === 0) return [];
    const ours = new Set(routes.map((route) => route.file));
    return authRouteConflicts(project.info.root, project.info.layout)
      .filter((file) => !ours.has(file))
      .map((file) => {
        const owner = conflictOwner(file);
        return {
          code: 'auth-route-conflict',
          severity: 'error' as const,
          file,
          ...FILE_START,
          message: `${file}${owner ? ` (${owner})` : ''} also serves /api/auth/*: Next.js resolves it before or instead of Amplify's ${routes[0]!.file}, so sign-in breaks for one of the two.`,
          fix: 'Keep one auth library under /api/auth: move or remove the other routes.',
          docs: DOCS.ssr,
          fixable: false,
        };
      });
  },
};
