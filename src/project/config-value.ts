import type { Node, ObjectExpression } from '@babel/types';
import { ProjectError } from '../errors.js';
import { parseModule } from '../ast/parse.js';
import type { AmplifyConfigFile } from './amplify-config.js';
import { storeOf, type FileStore } from './file-store.js';

export type Json = Record<string, unknown>;

/** A JSON object (not an array, not null), as config values are read. */
export const isJsonObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The content of an Amplify config file as data: JSON parsed, `aws-exports.*` read from its literal (never executed). */
export function readConfigValue(project: FileStore | string, config: AmplifyConfigFile): unknown {
  const read = storeOf(project).editableText(config.path);
  if (read === null)
    throw new ProjectError(`${config.path} does not exist.`, 'Create it (npx ampx generate outputs, or amplify pull), then run again.');
  const text = read.replace(/^\uFEFF/, '');
  return config.path.endsWith('.json') ? parseJson(text, config.path) : exportedObject(text, config.path);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProjectError(
      `${file} is not valid JSON (${(error as Error).message}).`,
      `Regenerate it (npx ampx generate outputs), then run again.`,
    );
  }
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
        const init = d.init && withoutTypeAssertions(d.init);
        if (d.id.type === 'Identifier' && init?.type === 'ObjectExpression') objects.set(d.id.name, init);
      }
    }
    if (statement.type === 'ExportDefaultDeclaration') exported = statement.declaration;
  }
  exported = exported && withoutTypeAssertions(exported);
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

/** `{ … } as const`, `{ … } satisfies ResourcesConfig`, `<T>{ … }`: the object inside. */
function withoutTypeAssertions(node: Node): Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'TSNonNullExpression'
  ) {
    current = current.expression;
  }
  return current;
}
