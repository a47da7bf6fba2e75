import path from 'node:path';
import type { File } from '@babel/types';
import type { AmplifyConfigFile } from '../project/amplify-config.js';
import type { DataBackend } from '../project/data-backend.js';
import type { ProjectInfo } from '../project/detect.js';
import type { Router } from '../project/layout.js';
import type { FileStore } from '../project/file-store.js';
import { planWholeFile } from '../plan/plan-file.js';
import { emptyPlan, type Plan } from '../plan/plan.js';
import {
  addDataClients,
  clientName,
  COOKIES_CLIENT,
  DATA_CLIENT_MODULE,
  GRAPHQL_CLIENT,
  type DataClientKind,
} from '../../transforms/edits/add-graphql-client.js';
import { exportsName } from '../ast/exported-names.js';
import { importSpecifier } from './import-specifier.js';
import { planEdit } from './plan-edit.js';
import { renderServerUtils } from './server-utils.js';
import { renderOptions, renderTemplate, type TemplateName } from './templates.js';
import { stringLiteral } from '../ast/string-literal.js';
import { parseEditSource, type EditSource } from '../ast/edit-source.js';

export interface DataClientPlanOptions {
  config: AmplifyConfigFile;
  backend: DataBackend;
  example: boolean;
  force: boolean;
}

/** Where each client is exported from, and what the examples show (also printed without --example). */
export interface DataClientFacts {
  typed: boolean;
  authMode?: { mode: string; source: string };
  /** Module (project path) → the clients it exports. */
  modules: Array<{ path: string; clients: string[] }>;
  /** What the examples call: a model of the schema or a generated GraphQL query. */
  subject?: { kind: 'model'; name: string } | { kind: 'query'; name: string; module: string };
  /** Per router: the example file and its text. */
  examples: Array<{ router: Router; path: string; text: string }>;
}

/** The module of the cookies client in an app that also has the Pages Router (which must never import next/headers). */
export const COOKIES_CLIENT_STEM = 'amplifyCookiesClient';

export function planDataClients(info: ProjectInfo, options: DataClientPlanOptions): { plan: Plan; facts: DataClientFacts } {
  const plan = emptyPlan();
  const paths = info.setup.paths;
  const utils = paths.serverUtils;
  const { app, pages } = info.layout.routers;
  const typed = info.typescript && options.backend.exportsSchema && options.backend.resource !== undefined;
  const authMode = options.backend.authMode;
  const schemaFor = (file: string) => (typed ? importSpecifier(info.root, file, options.backend.resource!, info.aliases) : undefined);

  // Pages Router files import the utils module: a module importing next/headers there fails next build.
  const utilsText = info.files.text(utils);
  const utilsAst = info.files.parse(utils) ?? undefined;
  const cookiesInUtils = utilsAst !== undefined && exportsName(utilsAst, COOKIES_CLIENT);
  const cookiesModule = app && (cookiesInUtils || !pages) ? utils : cookiesModuleFile(info, utils);
  const utilsClients: DataClientKind[] = app && cookiesModule === utils ? ['cookies', 'reqRes'] : ['reqRes'];

  const edit = (file: string, clients: DataClientKind[], configExpression?: string) => (source: EditSource) =>
    addDataClients(source, {
      filePath: file,
      clients,
      schemaImport: schemaFor(file),
      authMode: authMode?.mode,
      module: DATA_CLIENT_MODULE,
      configExpression,
    });
  const clientsReason = (clients: DataClientKind[]) =>
    `exports ${clients.map(clientName).join(' and ')} (created once, ${typed ? 'typed with Schema, ' : ''}authMode ${authMode ? `'${authMode.mode}'` : 'from the config'})`;

  if (utilsText === null) {
    const result = edit(utils, utilsClients)(parseEditSource(renderServerUtils(info, utils, options.config), utils));
    if (result.kind !== 'changed') throw new Error(`The utils template cannot take the data clients (${result.kind}).`);
    plan.changes.push({
      path: utils,
      kind: 'create',
      before: null,
      after: result.text,
      reason: `createServerRunner, and ${clientsReason(utilsClients)}`,
    });
  } else {
    planEdit(plan, info.files, utils, {
      reason: clientsReason(utilsClients),
      edit: edit(utils, utilsClients),
      manualSnippet: snippet(utilsClients, schemaFor(utils), authMode?.mode),
    });
  }
  if (app && cookiesModule !== utils) {
    const configImport = importSpecifier(info.root, cookiesModule, options.config.path, info.aliases);
    // The edit writes in the style it finds: the project's quotes and semicolons.
    const { quote, semicolons } = info.codeStyle;
    const base = `import config from ${stringLiteral(configImport, quote)}${semicolons ? ';' : ''}\n`;
    const result = edit(cookiesModule, ['cookies'], 'config')(parseEditSource(base, cookiesModule));
    if (result.kind !== 'changed') throw new Error(`The cookies client module cannot be written (${result.kind}).`);
    planWholeFile(plan, info.files, cookiesModule, result.text, {
      force: options.force,
      reason: `${clientsReason(['cookies'])}; its own module, because Pages Router files import ${utils} and next/headers fails next build there`,
    });
  }

  if (pages && cookiesInUtils) {
    plan.notes.push(
      `${utils} exports ${COOKIES_CLIENT}: a Pages Router file that imports ${utils} fails next build on its next/headers import; move ${COOKIES_CLIENT} to a module of its own.`,
    );
  }
  if (typed && utilsAst !== undefined && untypedClient(utilsAst, GRAPHQL_CLIENT)) {
    plan.notes.push(
      `${GRAPHQL_CLIENT} in ${utils} is kept as it is, untyped: give it <Schema> (generateServerClientUsingReqRes<Schema>(…)) for typed models.`,
    );
  }
  const modules = [
    { path: utils, clients: utilsClients.map(clientName) },
    ...(app && cookiesModule !== utils ? [{ path: cookiesModule, clients: [COOKIES_CLIENT] }] : []),
  ];
  const subject = exampleSubject(info, options.backend);
  const examples: DataClientFacts['examples'] = [];
  if (subject !== undefined) {
    for (const router of (['app', 'pages'] as Router[]).filter((r) => info.layout.routers[r])) {
      examples.push(renderExample(info, router, subject, utils, cookiesModule));
    }
  }
  if (options.example) {
    if (subject === undefined) plan.notes.push(noExampleReason(info, options.backend));
    for (const example of examples) {
      planWholeFile(plan, info.files, example.path, example.text, {
        force: options.force,
        reason:
          example.router === 'app'
            ? `Server Component listing with ${COOKIES_CLIENT}`
            : `getServerSideProps listing with ${GRAPHQL_CLIENT} inside runWithAmplifyServerContext`,
      });
    }
  }
  return { plan, facts: { typed, authMode, modules, subject, examples } };
}

/** `utils/amplifyCookiesClient.ts` beside the utils module (an existing one of either language is kept). */
function cookiesModuleFile(info: ProjectInfo, utils: string): string {
  const stem = path.posix.join(path.posix.dirname(utils), COOKIES_CLIENT_STEM);
  return info.files.firstExisting(stem, ['ts', 'js']) ?? `${stem}.${info.typescript ? 'ts' : 'js'}`;
}

/** `export const name = factory(…)` written without type arguments. */
function untypedClient(ast: File, name: string): boolean {
  for (const statement of ast.program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declaration.declarations) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== name) continue;
      return declarator.init?.type === 'CallExpression' && !declarator.init.typeParameters && !declarator.init.typeArguments;
    }
  }
  return false;
}

type Subject = NonNullable<DataClientFacts['subject']>;

function exampleSubject(info: ProjectInfo, backend: DataBackend): Subject | undefined {
  if (backend.kind === 'gen2' && backend.firstModel !== undefined && (backend.exportsSchema || !info.typescript)) {
    return { kind: 'model', name: backend.firstModel };
  }
  if (backend.kind === 'gen1') {
    for (const dir of ['', 'src/']) {
      const module = info.files.firstExisting(`${dir}graphql/queries`, ['ts', 'js']);
      const query = module === undefined ? undefined : firstListQuery(info.files, module);
      if (module !== undefined && query !== undefined) return { kind: 'query', name: query, module };
    }
  }
  return undefined;
}

function noExampleReason(info: ProjectInfo, backend: DataBackend): string {
  if (backend.kind === 'gen1')
    return 'No example written: there is no graphql/queries module with a list query (amplify codegen writes one).';
  if (backend.resource === undefined)
    return 'No example written: amplify/data/resource.ts is not in this project, so the models are not known.';
  if (info.typescript && !backend.exportsSchema)
    return `No example written: ${backend.resource} does not export type Schema (export type Schema = ClientSchema<typeof schema>).`;
  return `No example written: ${backend.resource} has no a.model(...) in a.schema({ ... }).`;
}

/** The first `export const listX = …` of an `amplify codegen` queries module. */
function firstListQuery(files: FileStore, module: string): string | undefined {
  const ast = files.parse(module);
  for (const statement of ast?.program.body ?? []) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declaration.declarations) {
      if (declarator.id.type === 'Identifier' && /^list[A-Z]\w*$/.test(declarator.id.name)) return declarator.id.name;
    }
  }
  return undefined;
}

function renderExample(info: ProjectInfo, router: Router, subject: Subject, utils: string, cookiesModule: string) {
  const dir = info.layout.routers[router]!;
  const ext = info.typescript ? 'tsx' : 'js';
  // Two different paths, so an app with both routers never has the same route twice.
  const stem = router === 'app' ? `${dir}/data-example/page` : `${dir}/data-example-pages`;
  const file = info.files.firstExisting(stem, ['tsx', 'ts', 'jsx', 'js']) ?? `${stem}.${ext}`;
  const graphql = subject.kind === 'query';
  const template = `data-example${graphql ? '-graphql' : ''}.${router}.tsx` as TemplateName;
  const values: Record<string, string> =
    router === 'app'
      ? { COOKIES_CLIENT_MODULE: importSpecifier(info.root, file, cookiesModule, info.aliases) }
      : { SERVER_UTILS: importSpecifier(info.root, file, utils, info.aliases) };
  if (graphql) {
    values.QUERY = subject.name;
    values.QUERIES = importSpecifier(info.root, file, subject.module, info.aliases);
  } else {
    values.MODEL = subject.name;
  }
  return { router, path: file, text: renderTemplate(template, values, renderOptions(info)) };
}

/** What to add by hand when the utils module cannot be edited. */
function snippet(clients: DataClientKind[], schemaImport: string | undefined, authMode: string | undefined): string {
  const typed = schemaImport !== undefined;
  const factories = clients.map((kind) => (kind === 'cookies' ? 'generateServerClientUsingCookies' : 'generateServerClientUsingReqRes'));
  const lines = [`import { ${factories.join(', ')} } from '${DATA_CLIENT_MODULE}';`];
  if (clients.includes('cookies')) lines.push("import { cookies } from 'next/headers';");
  if (typed) lines.push(`import type { Schema } from ${stringLiteral(schemaImport, "'")};`);
  lines.push('');
  const mode = authMode ? `, authMode: '${authMode}'` : '';
  for (const kind of clients) {
    lines.push(
      `export const ${clientName(kind)} = ${kind === 'cookies' ? 'generateServerClientUsingCookies' : 'generateServerClientUsingReqRes'}${typed ? '<Schema>' : ''}({ config${kind === 'cookies' ? ', cookies' : ''}${mode} });`,
    );
  }
  return lines.join('\n');
}
