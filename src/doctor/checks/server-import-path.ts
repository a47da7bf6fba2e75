import type { File, ImportSpecifier, Node } from '@babel/types';
import type { Check, DoctorProject, Finding } from '../check.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { isGuardFile, isServerModule, inServerFunction } from './server-files.js';
import { walkWithAncestors } from '../../ast/walk.js';
import { importedName } from '../../ast/import-statements.js';

/** Browser entry points, and the /server module of each API that has a server-side version. */
const SERVER_MODULES: Record<string, Record<string, string>> = {
  auth: {
    fetchAuthSession: 'aws-amplify/auth/server',
    fetchUserAttributes: 'aws-amplify/auth/server',
    getCurrentUser: 'aws-amplify/auth/server',
  },
  storage: Object.fromEntries(
    ['getProperties', 'getUrl', 'list', 'remove', 'copy', 'uploadData'].map((name) => [name, 'aws-amplify/storage/server']),
  ),
  api: Object.fromEntries(['get', 'put', 'post', 'del', 'head', 'patch'].map((name) => [name, 'aws-amplify/api/server'])),
};
const BROWSER_ENTRY: Record<string, Record<string, string>> = {
  'aws-amplify': { fetchAuthSession: 'aws-amplify/auth/server' },
  'aws-amplify/auth': SERVER_MODULES.auth!,
  'aws-amplify/storage': SERVER_MODULES.storage!,
  'aws-amplify/api': SERVER_MODULES.api!,
};

interface BrowserImport {
  specifier: ImportSpecifier;
  source: string;
  server: string;
}

/** Named imports of server-capable APIs from a browser entry point (`generateClient` has a check of its own). */
function browserImports(ast: File): BrowserImport[] {
  const found: BrowserImport[] = [];
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const names = BROWSER_ENTRY[statement.source.value];
    if (names === undefined) continue;
    for (const s of statement.specifiers) {
      if (s.type !== 'ImportSpecifier' || s.importKind === 'type') continue;
      const imported = importedName(s);
      const server = names[imported];
      if (server) found.push({ specifier: s, source: statement.source.value, server });
    }
  }
  return found;
}

/** The imports of a module that its server code calls (all of them in a server-only module). */
function usedOnServer(project: DoctorProject, file: string, ast: File, imports: BrowserImport[]): BrowserImport[] {
  if (isServerModule(project, file, ast)) return imports;
  const locals = new Set<string>();
  walkWithAncestors(ast.program, (node: Node, ancestors) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && inServerFunction(ancestors)) locals.add(node.callee.name);
  });
  return imports.filter((item) => locals.has(item.specifier.local.name));
}

/** Server code that calls an API from its browser entry point, which uses the browser's singleton, not the request. */
export const serverImportPathCheck: Check = {
  codes: ['server-import-path'],
  run(project) {
    const files = new Set(
      ['aws-amplify/auth', 'aws-amplify/storage', 'aws-amplify/api', "from 'aws-amplify'", 'from "aws-amplify"'].flatMap((needle) => [
        ...project.sourceFilesContaining(needle),
      ]),
    );
    const findings: Finding[] = [];
    for (const file of [...files].sort()) {
      const ast = project.parse(file);
      if (!ast || isGuardFile(project, file)) continue;
      const imports = browserImports(ast);
      if (imports.length === 0) continue;
      for (const item of usedOnServer(project, file, ast, imports)) {
        const name = item.specifier.local.name;
        findings.push({
          code: 'server-import-path',
          severity: 'error',
          file,
          ...positionOf(item.specifier),
          message: `${name} from '${item.source}' runs on the server here, but that entry point is the browser's: it ignores the request's cookies (no signed-in user) and shares state across requests.`,
          fix: `Import it from '${item.server}' and call it inside runWithAmplifyServerContext's operation with the contextSpec: ${name}(contextSpec, …).`,
          docs: DOCS.ssr,
          fixable: false,
        });
      }
    }
    return findings;
  },
};
