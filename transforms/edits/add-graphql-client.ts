import type { Expression, File, ObjectExpression } from '@babel/types';
import { applySplices, type Splice } from '../../src/ast/splices.js';
import { detectCodeStyle, type SourceStyle } from '../../src/ast/code-style.js';
import { walk } from '../../src/ast/walk.js';
import { stringLiteral } from '../../src/ast/string-literal.js';
import { exportsName } from '../../src/ast/exported-names.js';
import { importedLocalName } from '../../src/ast/import-statements.js';
import { manual, type EditResult } from './edit-result.js';
import type { EditSource } from '../../src/ast/edit-source.js';

/** The request/response client: `migrate-v5` and `add data-client` write and use this one name. */
export const GRAPHQL_CLIENT = 'reqResBasedClient';
/** The client for Server Components, Server Actions and Route Handlers (reads `cookies()` per call). */
export const COOKIES_CLIENT = 'cookiesClient';

/** Both adapter entry points export the two factories (the same module since adapter 1.0.2). */
export const DATA_CLIENT_MODULE = '@aws-amplify/adapter-nextjs/data';
const API_CLIENT_MODULE = '@aws-amplify/adapter-nextjs/api';
const FACTORY = { cookies: 'generateServerClientUsingCookies', reqRes: 'generateServerClientUsingReqRes' } as const;

export type DataClientKind = keyof typeof FACTORY;

export interface AddDataClientsOptions {
  filePath: string;
  /** Which clients the module must export, written in this order. */
  clients: DataClientKind[];
  /** `import type { Schema } from <schemaImport>` and `<Schema>` on each factory call (TypeScript only). */
  schemaImport?: string;
  /** The client-level default `authMode` (`'userPool'`, `'apiKey'`, …). */
  authMode?: string;
  /** The entry point a new factory import names (default `@aws-amplify/adapter-nextjs/data`). */
  module?: string;
  /**
   * The config expression to pass; without it, the module's `createServerRunner({ config })` gives it
   * (and a module without that call is a manual step).
   */
  configExpression?: string;
}

/**
 * Makes the server utils module export the request/response GraphQL client that migrated code uses:
 * `export const reqResBasedClient = generateServerClientUsingReqRes({ config })`, built from the same
 * config as its `createServerRunner` call.
 */
export function addGraphqlClient(input: EditSource, options: { filePath: string }): EditResult {
  return addDataClients(input, { filePath: options.filePath, clients: ['reqRes'], module: API_CLIENT_MODULE });
}

/**
 * Makes a module export the server-side Data clients, each created once at module level from the same
 * config as the module's server runner: `cookiesClient = generateServerClientUsingCookies({ config, cookies })`
 * and `reqResBasedClient = generateServerClientUsingReqRes({ config })`. A client already exported is left as
 * it is; the other exports and every other byte stay the same.
 */
export function addDataClients(input: EditSource, options: AddDataClientsOptions): EditResult {
  const { text: source, ast } = input;
  const missing = options.clients.filter((kind) => !exportsName(ast, clientName(kind)));
  if (missing.length === 0) return { kind: 'unchanged' };
  const config = options.configExpression ?? runnerConfigText(source, ast);
  if (config === undefined) {
    return manual(`${options.filePath} has no createServerRunner({ config }) call to take the config from.`);
  }
  const declared = topLevelNames(ast);
  for (const kind of missing) {
    if (declared.has(clientName(kind)))
      return manual(`${clientName(kind)} is already declared in ${options.filePath} without being exported.`);
  }

  const style = detectCodeStyle(source, ast);
  const imports: string[] = [];
  const factoryNames = missing.map((kind) => {
    const local = factoryLocal(ast, kind);
    return { kind, local: local ?? FACTORY[kind], imported: local !== undefined };
  });
  const toImport = factoryNames.filter((factory) => !factory.imported).map((factory) => FACTORY[factory.kind]);
  if (toImport.some((name) => declared.has(name)))
    return manual(`A binding in ${options.filePath} is already named like the client factory it needs.`);
  if (toImport.length > 0) imports.push(importLine(style, `{ ${toImport.join(', ')} }`, options.module ?? DATA_CLIENT_MODULE));

  let cookiesLocal = 'cookies';
  if (missing.includes('cookies')) {
    const imported = importedLocalName(ast.program, 'next/headers', 'cookies', '');
    if (imported !== '') cookiesLocal = imported;
    else if (declared.has('cookies'))
      return manual(`${options.filePath} already has a binding named cookies that is not next/headers' cookies.`);
    else imports.push(importLine(style, '{ cookies }', 'next/headers'));
  }
  if (options.schemaImport !== undefined && importedLocalName(ast.program, options.schemaImport, 'Schema', '') === '') {
    if (declared.has('Schema'))
      return manual(`${options.filePath} already has a binding named Schema, so the data schema type cannot be imported under that name.`);
    imports.push(importLine(style, 'type { Schema }', options.schemaImport));
  }

  const typeArguments = options.schemaImport !== undefined ? '<Schema>' : '';
  const statements = factoryNames.map(({ kind, local }) => {
    const properties = [config === 'config' ? 'config' : `config: ${config}`];
    if (kind === 'cookies') properties.push(cookiesLocal === 'cookies' ? 'cookies' : `cookies: ${cookiesLocal}`);
    if (options.authMode !== undefined) properties.push(`authMode: ${stringLiteral(options.authMode, style.quote)}`);
    return `export const ${clientName(kind)} = ${local}${typeArguments}(${objectText(style, properties)})${style.semicolons ? ';' : ''}`;
  });

  const splices: Splice[] = [];
  if (imports.length > 0) {
    const last = ast.program.body.filter((statement) => statement.type === 'ImportDeclaration').pop();
    const at = last ? last.end! : 0;
    const text = last ? imports.map((line) => `${style.eol}${line}`).join('') : imports.map((line) => `${line}${style.eol}`).join('');
    splices.push({ start: at, end: at, text });
  }
  const body = source.replace(/[\s]+$/, '');
  const exportsText = statements.map((statement) => `${style.eol}${style.eol}${statement}`).join('');
  splices.push({ start: body.length, end: source.length, text: `${exportsText}${style.eol}` });
  return { kind: 'changed', text: applySplices(source, splices) };
}

export function clientName(kind: DataClientKind): string {
  return kind === 'cookies' ? COOKIES_CLIENT : GRAPHQL_CLIENT;
}

function importLine(style: SourceStyle, clause: string, specifier: string): string {
  return `import ${clause} from ${stringLiteral(specifier, style.quote)}${style.semicolons ? ';' : ''}`;
}

/** `{ config }` on one line; with more properties, one per line (as Prettier prints them). */
function objectText(style: SourceStyle, properties: string[]): string {
  if (properties.length === 1) return `{ ${properties[0]} }`;
  return `{${properties.map((property) => `${style.eol}${style.indent}${property},`).join('')}${style.eol}}`;
}

/** The local name of a factory the module already imports from either adapter entry point. */
function factoryLocal(ast: File, kind: DataClientKind): string | undefined {
  for (const module of [DATA_CLIENT_MODULE, API_CLIENT_MODULE]) {
    const local = importedLocalName(ast.program, module, FACTORY[kind], '');
    if (local !== '') return local;
  }
  return undefined;
}

/** Value and type names bound at the top level (imports, declarations), which a new binding must not shadow. */
function topLevelNames(ast: File): Set<string> {
  const names = new Set<string>();
  walk(ast.program, (node) => {
    if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier')
      names.add(node.local.name);
  });
  for (const statement of ast.program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
    } else if (
      (declaration.type === 'FunctionDeclaration' ||
        declaration.type === 'ClassDeclaration' ||
        declaration.type === 'TSTypeAliasDeclaration' ||
        declaration.type === 'TSInterfaceDeclaration') &&
      declaration.id
    ) {
      names.add(declaration.id.name);
    }
  }
  return names;
}

/** The source text of the `config` value passed to the module's `createServerRunner({ config })`. */
function runnerConfigText(source: string, ast: File): string | undefined {
  const config = runnerConfig(ast);
  return config === undefined ? undefined : source.slice(config.start!, config.end!);
}

function runnerConfig(ast: File): Expression | undefined {
  let config: Expression | undefined;
  walk(ast.program, (node) => {
    if (config || node.type !== 'CallExpression') return;
    if (node.callee.type !== 'Identifier' || node.callee.name !== 'createServerRunner') return;
    const [argument] = node.arguments;
    if (argument?.type !== 'ObjectExpression') return;
    config = configProperty(argument);
  });
  return config;
}

function configProperty(object: ObjectExpression): Expression | undefined {
  for (const property of object.properties) {
    if (property.type === 'ObjectProperty' && property.key.type === 'Identifier' && property.key.name === 'config') {
      return property.value as Expression;
    }
  }
  return undefined;
}
