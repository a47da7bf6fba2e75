import path from 'node:path';
import { folderEntries } from './app-folders.js';
import type { ProjectLayout } from './layout.js';

const ROUTE_MODULE = /\.(tsx?|jsx?|mjs)$/;
/** The handlers `add auth-routes` writes: `app/api/auth/[slug]/route.*` and `pages/api/auth/[slug].*`. */
const OWN_HANDLER = /^(\[slug\]\/route|\[slug\])\.(ts|js)$/;

/**
 * Route files under `/api/auth` other than the `[slug]` handler: an auth library's catch-all
 * (`[...nextauth]`), another dynamic segment, or a static route named like one of ours. Next.js resolves
 * these before (or instead of) `[slug]`, so adding Amplify's handler beside them breaks one of the two.
 * Both routers are searched: an App Router and a Pages Router route at the same path also collide.
 */
export function authRouteConflicts(root: string, layout: ProjectLayout): string[] {
  const found: string[] = [];
  for (const [router, dir] of Object.entries(layout.routers)) {
    const base = `${dir}/api/auth`;
    for (const file of filesUnder(root, base)) {
      const relative = file.slice(base.length + 1);
      if (OWN_HANDLER.test(relative) || !ROUTE_MODULE.test(relative)) continue;
      // In app/ only route.* and page.* files are routes; pages/api serves every module.
      if (router === 'app' && !/(^|\/)(route|page)\.[a-z]+$/.test(relative)) continue;
      found.push(file);
    }
  }
  return found;
}

function filesUnder(root: string, dir: string): string[] {
  return folderEntries(path.join(root, dir)).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(root, `${dir}/${entry.name}`) : entry.isFile() ? [`${dir}/${entry.name}`] : [],
  );
}

/** `[...nextauth]` names the library that owns these routes; otherwise nothing is guessed. */
export function conflictOwner(file: string): string | undefined {
  return /\[\.\.\.nextauth\]/.test(file) ? 'Auth.js, formerly NextAuth' : undefined;
}
