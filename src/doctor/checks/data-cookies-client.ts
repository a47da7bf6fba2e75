import type { File, Node } from '@babel/types';
import { importedFile } from '../../generate/import-specifier.js';
import type { Check, DoctorProject, Finding } from '../check.js';
import { ADAPTER_DATA, callsWithAncestors, importedAs } from './data-imports.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { inPagesRouter } from './server-files.js';
import { importedName } from '../../ast/import-statements.js';

const COOKIES_CLIENT = 'generateServerClientUsingCookies';

/** The names a module exports as `export const name = generateServerClientUsingCookies(…)`. */
function exportedCookiesClients(ast: File): string[] {
  const locals = importedAs(ast, ADAPTER_DATA, COOKIES_CLIENT);
  const names: string[] = [];
  for (const statement of ast.program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    for (const d of statement.declaration.declarations) {
      const init = d.init;
      if (
        d.id.type === 'Identifier' &&
        init?.type === 'CallExpression' &&
        init.callee.type === 'Identifier' &&
        locals.has(init.callee.name)
      )
        names.push(d.id.name);
    }
  }
  return names;
}

/**
 * The cookies client reads `cookies()` from next/headers, which only the App Router has: in
 * `getServerSideProps`, API routes and pages it throws, or reads no user.
 */
export const dataCookiesClientCheck: Check = {
  codes: ['data-cookies-client-in-pages'],
  run(project) {
    const modules = new Map<string, string[]>();
    const findings: Finding[] = [];
    for (const file of project.sourceFilesContaining(COOKIES_CLIENT)) {
      const ast = project.parse(file);
      if (!ast) continue;
      const names = exportedCookiesClients(ast);
      if (names.length > 0) modules.set(file, names);
      if (!inPagesRouter(project, file)) continue;
      for (const { call } of callsWithAncestors(ast, importedAs(ast, ADAPTER_DATA, COOKIES_CLIENT)))
        findings.push(finding(file, call, COOKIES_CLIENT));
    }
    const names = new Set([...modules.values()].flat());
    const candidates = new Set([...names].flatMap((name) => [...project.sourceFilesContaining(name)]));
    for (const file of [...candidates].sort()) {
      if (!inPagesRouter(project, file) || modules.has(file)) continue;
      const ast = project.parse(file);
      if (ast) findings.push(...importsOfClients(project, file, ast, modules));
    }
    return findings;
  },
};

function importsOfClients(project: DoctorProject, file: string, ast: File, modules: Map<string, string[]>): Finding[] {
  const { root, aliases } = project.info;
  const findings: Finding[] = [];
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const target = importedFile(root, file, statement.source.value, [...modules.keys()], aliases);
    if (target === undefined) continue;
    for (const s of statement.specifiers) {
      const imported = s.type === 'ImportSpecifier' ? importedName(s) : undefined;
      if (imported !== undefined && modules.get(target)!.includes(imported)) findings.push(finding(file, s, imported));
    }
  }
  return findings;
}

function finding(file: string, node: Node, name: string): Finding {
  return {
    code: 'data-cookies-client-in-pages',
    severity: 'error',
    file,
    ...positionOf(node),
    message: `${name} reads cookies() from next/headers, which the Pages Router does not have: in getServerSideProps, API routes and pages its calls fail.`,
    fix: 'Use the request/response client there: generateServerClientUsingReqRes({ config }) created once in the utils module, called inside runWithAmplifyServerContext with the contextSpec (npx amplify-next add data-client writes it).',
    docs: DOCS.dataServer,
    fixable: false,
  };
}
