import type { Node } from '@babel/types';
import type { Check, DoctorProject, Finding } from '../check.js';
import { authRouteFiles } from './auth-routes-facts.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { isGuardFile, isServerModule } from './server-files.js';

/** The Authenticator UI keeps its session in the browser, like the client-side Auth APIs it calls. */
const UI_AUTH = new Set(['Authenticator', 'useAuthenticator', 'withAuthenticator']);

/**
 * The server-side auth routes need AMPLIFY_APP_ORIGIN, with which the adapter writes every token cookie
 * HttpOnly (its ENFORCED_SERVER_SIDE_AUTH_SET_COOKIE_OPTIONS): client-side Amplify Auth cannot read them.
 */
export const authClientApisCheck: Check = {
  codes: ['auth-client-api-httponly'],
  run(project) {
    const routes = authRouteFiles(project);
    if (routes.length === 0) return [];
    const files = new Set([
      ...project.sourceFilesContaining('aws-amplify/auth'),
      ...project.sourceFilesContaining('@aws-amplify/ui-react'),
    ]);
    return [...files].sort().flatMap((file) => clientAuthUses(project, file).map((node) => finding(file, node, routes[0]!.file)));
  },
};

function clientAuthUses(project: DoctorProject, file: string): Node[] {
  const ast = project.parse(file);
  if (!ast || isGuardFile(project, file) || isServerModule(project, file, ast)) return [];
  const uses: Node[] = [];
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const values = statement.specifiers.filter((s) => s.type !== 'ImportSpecifier' || s.importKind !== 'type');
    if (statement.source.value === 'aws-amplify/auth' && values.length > 0) uses.push(statement);
    if (statement.source.value === '@aws-amplify/ui-react') {
      const ui = values.find((s) => s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' && UI_AUTH.has(s.imported.name));
      if (ui) uses.push(ui);
    }
  }
  return uses;
}

function finding(file: string, node: Node, route: string): Finding {
  return {
    code: 'auth-client-api-httponly',
    severity: 'warning',
    file,
    ...positionOf(node),
    message: `Users sign in through the server-side auth routes (${route}), which keep the tokens in HttpOnly cookies: client-side Amplify Auth here cannot read them and sees no signed-in user.`,
    fix: 'Read the user on the server (runWithAmplifyServerContext with aws-amplify/auth/server) and pass it down, and sign in and out with links to /api/auth/sign-in and /api/auth/sign-out.',
    docs: DOCS.ssr,
    fixable: false,
  };
}
