import type { CallExpression, Expression, File, Node, ObjectExpression } from '@babel/types';
import { lookupProperty, staticValue } from '../ast/object-properties.js';
import { walk } from '../ast/walk.js';
import type { FileStore } from './file-store.js';
import type { AmplifyConfigFile } from './amplify-config.js';
import { isJsonObject, readConfigValue } from './config-value.js';

/** Where the Data (GraphQL) API the server clients talk to is described, and what that says. */
export interface DataBackend {
  kind: 'gen2' | 'gen1';
  /** Gen 2: `amplify/data/resource.ts`, when the project holds the backend. */
  resource?: string;
  /** The resource exports `type Schema` (`ClientSchema<typeof schema>`): the clients can be typed with it. */
  exportsSchema: boolean;
  /** The first `a.model(...)` of the schema, for the examples. */
  firstModel?: string;
  /** The config file the clients are built from says where the API is. */
  configHasApi: boolean;
  /** The client-level default authMode and where it comes from; undefined when nothing says. */
  authMode?: { mode: string; source: string };
}

/** AppSync's authorization type names, as the Gen 1 config and amplify_outputs.json spell them, to client authModes. */
const APPSYNC_AUTH_MODES: Record<string, string> = {
  AMAZON_COGNITO_USER_POOLS: 'userPool',
  API_KEY: 'apiKey',
  AWS_IAM: 'iam',
  OPENID_CONNECT: 'oidc',
  AWS_LAMBDA: 'lambda',
};

/** `defineData`'s `defaultAuthorizationMode` values, which are client authModes as they are. */
const GEN2_AUTH_MODES = new Set(['iam', 'identityPool', 'userPool', 'oidc', 'apiKey', 'lambda']);

/**
 * The Data backend of the project: a Gen 2 `amplify/data/resource.ts`, else a GraphQL API in the Amplify
 * config (Gen 2 `data` block, Gen 1 `aws_appsync_graphqlEndpoint`); `undefined` when there is neither.
 */
export function detectDataBackend(files: FileStore, config: AmplifyConfigFile | undefined): DataBackend | undefined {
  const api = config ? configApi(files, config) : undefined;
  const resource = files.firstExisting('amplify/data/resource', ['ts', 'mts', 'js', 'mjs']);
  if (resource !== undefined) {
    const facts = readResource(files, resource);
    const authMode = facts.defaultAuthorizationMode ?? api?.authMode ?? computedGen2Default(files, facts);
    return {
      kind: 'gen2',
      resource,
      exportsSchema: facts.exportsSchema,
      firstModel: facts.firstModel,
      configHasApi: api !== undefined,
      authMode,
    };
  }
  if (api === undefined) return undefined;
  return { kind: config!.kind === 'gen2' ? 'gen2' : 'gen1', exportsSchema: false, configHasApi: true, authMode: api.authMode };
}

/** The GraphQL API a config file describes, with its default authorization. */
function configApi(files: FileStore, config: AmplifyConfigFile): { authMode?: { mode: string; source: string } } | undefined {
  const value = readConfigValue(files, config);
  if (!isJsonObject(value)) return undefined;
  const [endpoint, type, key] =
    config.kind === 'gen2'
      ? [
          isJsonObject(value.data) ? value.data.url : undefined,
          isJsonObject(value.data) ? value.data.default_authorization_type : undefined,
          'data.default_authorization_type',
        ]
      : [value.aws_appsync_graphqlEndpoint, value.aws_appsync_authenticationType, 'aws_appsync_authenticationType'];
  if (typeof endpoint !== 'string' || endpoint === '') return undefined;
  const mode = typeof type === 'string' ? APPSYNC_AUTH_MODES[type] : undefined;
  return { authMode: mode === undefined ? undefined : { mode, source: `${key} ${String(type)} in ${config.path}` } };
}

interface ResourceFacts {
  exportsSchema: boolean;
  firstModel?: string;
  defaultAuthorizationMode?: { mode: string; source: string };
  /** `defineData` is given `authorizationModes` (which changes its default), or we cannot tell. */
  authorizationModes: 'none' | 'given' | 'unknown';
}

function readResource(files: FileStore, file: string): ResourceFacts {
  const ast = files.parse(file);
  if (!ast) return { exportsSchema: false, authorizationModes: 'unknown' };
  const defineData = callsNamed(ast, 'defineData')[0];
  const options = defineData?.arguments[0]?.type === 'ObjectExpression' ? defineData.arguments[0] : undefined;
  const modes = options ? lookupProperty(options, 'authorizationModes') : undefined;
  let defaultAuthorizationMode: ResourceFacts['defaultAuthorizationMode'];
  let authorizationModes: ResourceFacts['authorizationModes'] = options ? 'none' : 'unknown';
  if (modes?.kind === 'found') {
    authorizationModes = 'given';
    const value = modes.property.type === 'ObjectProperty' ? modes.property.value : undefined;
    const found = value?.type === 'ObjectExpression' ? lookupProperty(value, 'defaultAuthorizationMode') : undefined;
    const mode = found?.kind === 'found' && found.property.type === 'ObjectProperty' ? staticValue(found.property.value) : undefined;
    if (typeof mode === 'string' && GEN2_AUTH_MODES.has(mode))
      defaultAuthorizationMode = { mode, source: `defaultAuthorizationMode in ${file}` };
  } else if (modes?.kind === 'unknown') {
    authorizationModes = 'unknown';
  }
  return { exportsSchema: exportsSchemaType(ast), firstModel: firstModel(ast), defaultAuthorizationMode, authorizationModes };
}

/**
 * `defineData` without `authorizationModes` defaults to the user pool when the backend has `defineAuth`,
 * else to an API key (@aws-amplify/backend-data's computeDefaultAuthorizationMode).
 */
function computedGen2Default(files: FileStore, facts: ResourceFacts): { mode: string; source: string } | undefined {
  if (facts.authorizationModes !== 'none') return undefined;
  const auth = files.firstExisting('amplify/auth/resource', ['ts', 'mts', 'js', 'mjs']);
  return auth === undefined
    ? { mode: 'apiKey', source: "defineData's default without defineAuth in the backend" }
    : { mode: 'userPool', source: `defineData's default with defineAuth (${auth})` };
}

/** `export type Schema = …` or `export type { Schema }`. */
function exportsSchemaType(ast: File): boolean {
  for (const statement of ast.program.body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    if (statement.declaration?.type === 'TSTypeAliasDeclaration' && statement.declaration.id.name === 'Schema') return true;
    if (statement.specifiers.some((s) => s.exported.type === 'Identifier' && s.exported.name === 'Schema')) return true;
  }
  return false;
}

/** The key of the first `a.model(…)` entry of `a.schema({ … })` that is a plain identifier. */
function firstModel(ast: File): string | undefined {
  const schema = callsNamed(ast, 'schema', 'a')[0];
  const models = schema?.arguments[0];
  if (models?.type !== 'ObjectExpression') return undefined;
  for (const property of (models as ObjectExpression).properties) {
    if (property.type !== 'ObjectProperty' || !startsWithModelCall(property.value as Expression)) continue;
    const key =
      property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : undefined;
    if (key !== undefined && /^[A-Za-z_$][\w$]*$/.test(key)) return key;
  }
  return undefined;
}

/** `a.model({…})`, possibly followed by `.authorization(…)`, `.identifier(…)`, … */
function startsWithModelCall(node: Node): boolean {
  let current: Node = node;
  while (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') {
    const { object, property } = current.callee;
    if (object.type === 'Identifier' && object.name === 'a' && property.type === 'Identifier' && property.name === 'model') return true;
    current = object;
  }
  return false;
}

/** Calls of `name(…)`, or of `object.name(…)` when `object` is given. */
function callsNamed(ast: File, name: string, object?: string): CallExpression[] {
  const calls: CallExpression[] = [];
  walk(ast.program, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee;
    if (object === undefined && callee.type === 'Identifier' && callee.name === name) calls.push(node);
    if (
      object !== undefined &&
      callee.type === 'MemberExpression' &&
      callee.object.type === 'Identifier' &&
      callee.object.name === object &&
      callee.property.type === 'Identifier' &&
      callee.property.name === name
    ) {
      calls.push(node);
    }
  });
  return calls;
}
