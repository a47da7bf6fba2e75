import fs from 'node:fs';
import path from 'node:path';
import { ProjectError, UsageError } from '../errors.js';

export type Router = 'app' | 'pages';

export interface ProjectLayout {
  /** `true` when Next.js reads `src/app` / `src/pages` (and `src/middleware`). */
  srcDir: boolean;
  /** Router folders relative to the root, e.g. `{ app: 'src/app' }`. */
  routers: Partial<Record<Router, string>>;
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Next.js uses root `app/` and `pages/` when either exists, and `src/app`, `src/pages` only when neither does.
 * Both a root and a `src/` folder of the same router is the classic "every route 404s" mix-up: refuse it.
 */
export function detectLayout(root: string): ProjectLayout {
  for (const router of ['app', 'pages'] as const) {
    if (isDirectory(path.join(root, router)) && isDirectory(path.join(root, 'src', router))) {
      throw new ProjectError(
        `Both ${router}/ and src/${router}/ exist in ${root}; Next.js would ignore src/${router}/.`,
        `Keep one of them (move your routes into the other), then run again.`,
      );
    }
  }
  const rootRouters = (['app', 'pages'] as const).filter((r) => isDirectory(path.join(root, r)));
  const srcRouters = (['app', 'pages'] as const).filter((r) => isDirectory(path.join(root, 'src', r)));
  const srcDir = rootRouters.length === 0 && srcRouters.length > 0;
  const found = srcDir ? srcRouters : rootRouters;
  if (found.length === 0) {
    throw new ProjectError(
      `No app/ or pages/ folder in ${root} (nor in src/).`,
      'Run amplify-next in the root of a Next.js app, or pass --cwd <dir>.',
    );
  }
  const routers: ProjectLayout['routers'] = {};
  for (const router of found) routers[router] = srcDir ? `src/${router}` : router;
  return { srcDir, routers };
}

/** A router asked for with --router, which the project must have. */
export function requireRouter(layout: ProjectLayout, requested: Router): Router {
  if (!layout.routers[requested]) {
    const available = Object.keys(layout.routers) as Router[];
    throw new UsageError(
      `--router ${requested}: this project has no ${requested === 'app' ? 'app/' : 'pages/'} folder.`,
      `Use --router ${available[0]}, or leave --router out.`,
    );
  }
  return requested;
}
