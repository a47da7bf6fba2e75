import type { CallExpression } from '@babel/types';
import { findAll } from '../../ast/walk.js';
import type { DoctorProject } from '../check.js';

/** A module that calls `createAuthRouteHandlers(...)`: the server-side auth routes. */
export interface AuthRouteFile {
  file: string;
  call: CallExpression;
}

const found = new WeakMap<DoctorProject, AuthRouteFile[]>();

/** The project's auth route modules, found once per run. */
export function authRouteFiles(project: DoctorProject): AuthRouteFile[] {
  let files = found.get(project);
  if (files === undefined) {
    files = [];
    for (const file of project.sourceFilesContaining('createAuthRouteHandlers(')) {
      const ast = project.parse(file);
      if (!ast) continue;
      const [call] = findAll(
        ast.program,
        (node): node is CallExpression =>
          node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'createAuthRouteHandlers',
      );
      if (call) files.push({ file, call });
    }
    found.set(project, files);
  }
  return files;
}

/** The handler's dynamic segment: `[slug]/route.*` in the App Router, `[slug].*` in the Pages Router. */
const HANDLER = { app: /^(.*)\/\[[^\]/]+\]\/route\.[a-z]+$/, pages: /^(.*)\/\[[^\]/]+\]\.[a-z]+$/ };

/** `/api/auth` for `app/api/auth/[slug]/route.ts` or `pages/api/auth/[slug].ts`: where the routes are served. */
export function routeBasePath(project: DoctorProject, file: string): string | undefined {
  for (const [router, dir] of Object.entries(project.info.layout.routers) as Array<[keyof typeof HANDLER, string]>) {
    const folder = file.startsWith(`${dir}/`) ? HANDLER[router].exec(file.slice(dir.length + 1))?.[1] : undefined;
    // Route groups `(name)` are not part of the URL.
    if (folder !== undefined)
      return `/${folder
        .split('/')
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .join('/')}`;
  }
  return undefined;
}
