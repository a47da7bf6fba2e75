import path from 'node:path';
import type { Node, ObjectExpression } from '@babel/types';
import { ProjectError } from '../errors.js';
import { parseModule } from '../../transforms/lib/source.js';
import { readUtf8File } from './read-file.js';
import type { AmplifyConfigFile } from './amplify-config.js';

/** What the Amplify config says about Cognito's Managed Login (OAuth), which the auth routes need. */
export interface OAuthSettings {
  domain: string;
  redirectSignIn: string[];
  redirectSignOut: string[];
}

/** The OAuth settings of the config file, or `null` when it has none. */
export function readOAuthSettings(root: string, config: AmplifyConfigFile): OAuthSettings | null {
  const read = readUtf8File(path.join(root, config.path), config.path);
  if (read === null) throw new ProjectError(`${config.path} does not exist.`, 'Create it (npx ampx generate outputs, or amplify pull), then run again.');
  const text = read.replace(/^\uFEFF/, '');
  const value = config.path.endsWith('.json') ? parseJson(text, config.path) : exportedObject(text, config.path);
  return config.kind === 'gen2' ? fromOutputs(value) : fromGen1(value);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProjectError(`${file} is not valid JSON (${(error as Error).message}).`, `Regenerate it (npx ampx generate outputs), then run again.`);
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];

function fromOutputs(value: unknown): OAuthSettings | null {
  const oauth = isObject(value) && isObject(value.auth) ? value.auth.oauth : undefined;
  if (!isObject(oauth) || typeof oauth.domain !== 'string' || oauth.domain === '') return null;
  return { domain: oauth.domain, redirectSignIn: strings(oauth.redirect_sign_in_uri), redirectSignOut: strings(oauth.redirect_sign_out_uri) };
}

function fromGen1(value: unknown): OAuthSettings | null {
  const oauth = isObject(value) ? value.oauth : undefined;
  if (!isObject(oauth) || typeof oauth.domain !== 'string' || oauth.domain === '') return null;
  return { domain: oauth.domain, redirectSignIn: strings(oauth.redirectSignIn), redirectSignOut: strings(oauth.redirectSignOut) };
}

/** aws-exports.js: the object literal it exports by default, read as data (never executed). */
function exportedObject(text: string, file: string): unknown {
  let ast;
  try {
    ast = parseModule(text, file);
  } catch (error) {
    throw new ProjectError(`${file} cannot be parsed (${(error as Error).message}).`, 'Regenerate it with amplify pull, then run again.');
  }
  const objects = new Map<string, ObjectExpression>();
  let exported: Node | undefined;
  for (const statement of ast.program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations) {
        if (d.id.type === 'Identifier' && d.init?.type === 'ObjectExpression') objects.set(d.id.name, d.init);
      }
    }
    if (statement.type === 'ExportDefaultDeclaration') exported = statement.declaration;
  }
  if (exported?.type === 'Identifier') exported = objects.get(exported.name);
  return exported ? literalValue(exported) : undefined;
}

function literalValue(node: Node): unknown {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'NullLiteral':
      return null;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0]?.value.cooked : undefined;
    case 'ArrayExpression':
      return node.elements.map((e) => (e && e.type !== 'SpreadElement' ? literalValue(e) : undefined));
    case 'ObjectExpression': {
      const out: Json = {};
      for (const p of node.properties) {
        if (p.type !== 'ObjectProperty') continue;
        const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
        if (key !== undefined) out[key] = literalValue(p.value);
      }
      return out;
    }
    default:
      return undefined;
  }
}
