import type { CallExpression } from '@babel/types';
import { findAll } from '../../../transforms/lib/ast-walk.js';
import type { DoctorProject } from '../types.js';

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
      const [call] = findAll(ast.program, (node): node is CallExpression => node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'createAuthRouteHandlers');
      if (call) files.push({ file, call });
    }
    found.set(project, files);
  }
  return files;
}

/** `/api/auth` for `app/api/auth/[slug]/route.ts` or `pages/api/auth/[slug].ts`: where the routes are served. */
export function routeBasePath(project: DoctorProject, file: string): string | undefined {
  for (const dir of Object.values(project.info.layout.routers)) {
    if (!file.startsWith(`${dir}/`)) continue;
    const segments = file.slice(dir.length + 1).split('/');
    const last = segments.pop()!;
    if (!/^route\.|^\[[^\]]+\]\./.test(last) && !/^\[[^\]]+\]$/.test(segments[segments.length - 1] ?? '')) return undefined;
    if (/^route\./.test(last)) segments.pop();
    // Route groups `(name)` and private folders do not appear in the URL.
    return `/${segments.filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}`.replace(/\/$/, '');
  }
  return undefined;
}
