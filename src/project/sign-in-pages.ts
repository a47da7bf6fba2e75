import path from 'node:path';
import { folderEntries, isOutsideRouting } from './app-folders.js';
import type { ProjectLayout } from './layout.js';

const PAGE_FILE = /\.(tsx|ts|jsx|js|mdx)$/;
/** The last segment of a route that is a sign-in page by its name. */
const SIGN_IN_SEGMENT = /^(sign-?in|log-?in)$/i;

/**
 * Static routes of the app whose last segment names a sign-in page (`/login`, `/signin`, `/auth/login`…),
 * from both routers: `app/**\/page.*` with route groups dropped, `pages/**` without `_app`, `_document` and
 * `api/`. Dynamic routes (`/[locale]/login`) are left out: the guard redirects to one fixed path.
 */
export function findSignInPages(root: string, layout: ProjectLayout): string[] {
  const routes = new Set<string>();
  if (layout.routers.app) collectAppRoutes(path.join(root, layout.routers.app), [], routes);
  if (layout.routers.pages) collectPagesRoutes(path.join(root, layout.routers.pages), [], routes);
  return [...routes].filter((route) => SIGN_IN_SEGMENT.test(route.split('/').pop() ?? '')).sort();
}

function isDynamic(segment: string): boolean {
  return segment.startsWith('[');
}

function collectAppRoutes(dir: string, segments: string[], routes: Set<string>): void {
  for (const entry of folderEntries(dir)) {
    if (entry.isFile() && /^page\./.test(entry.name) && PAGE_FILE.test(entry.name) && segments.length > 0) {
      routes.add(`/${segments.join('/')}`);
    }
    if (!entry.isDirectory() || isOutsideRouting(entry.name) || isDynamic(entry.name) || entry.name === 'api') continue;
    const groupless = /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name];
    collectAppRoutes(path.join(dir, entry.name), groupless, routes);
  }
}

function collectPagesRoutes(dir: string, segments: string[], routes: Set<string>): void {
  for (const entry of folderEntries(dir)) {
    if (entry.isDirectory()) {
      if (entry.name === 'api' && segments.length === 0) continue;
      if (!isDynamic(entry.name) && !entry.name.startsWith('.'))
        collectPagesRoutes(path.join(dir, entry.name), [...segments, entry.name], routes);
      continue;
    }
    if (!entry.isFile() || !PAGE_FILE.test(entry.name)) continue;
    const name = entry.name.replace(PAGE_FILE, '');
    if (name.startsWith('_') || isDynamic(name)) continue;
    const route = name === 'index' ? segments : [...segments, name];
    if (route.length > 0) routes.add(`/${route.join('/')}`);
  }
}
