import type { Expression, File, ObjectExpression } from '@babel/types';
import { applySplices, parseModule, type Splice } from '../lib/source.js';
import { detectCodeStyle } from '../lib/code-style.js';
import { walk } from '../lib/ast-walk.js';
import { stringLiteral } from '../lib/string-literal.js';
import { exportsName, importsFrom } from '../lib/module-bindings.js';
import type { EditResult } from './types.js';

export const GRAPHQL_CLIENT = 'reqResBasedClient';
const CLIENT_FACTORY = 'generateServerClientUsingReqRes';
const CLIENT_MODULE = '@aws-amplify/adapter-nextjs/api';

/**
 * Makes the server utils module export the request/response GraphQL client that migrated code uses:
 * `export const reqResBasedClient = generateServerClientUsingReqRes({ config })`, built from the same
 * config as its `createServerRunner` call.
 */
export function addGraphqlClient(source: string, options: { filePath: string }): EditResult {
  const ast = parseModule(source, options.filePath);
  if (exportsName(ast, GRAPHQL_CLIENT)) return { kind: 'unchanged' };
  const config = runnerConfig(ast);
  if (config === undefined) {
    return { kind: 'manual', reason: `${options.filePath} has no createServerRunner({ config }) call to take the config from.` };
  }
  const style = detectCodeStyle(source, ast);
  const semi = style.semicolons ? ';' : '';
  const configText = source.slice(config.start!, config.end!);
  const argument = configText === 'config' ? '{ config }' : `{ config: ${configText} }`;
  const splices: Splice[] = [];
  const imports = ast.program.body.filter((s) => s.type === 'ImportDeclaration');
  if (!importsFrom(ast, CLIENT_FACTORY, CLIENT_MODULE)) {
    const last = imports[imports.length - 1];
    const at = last ? last.end! : 0;
    const line = `import { ${CLIENT_FACTORY} } from ${stringLiteral(CLIENT_MODULE, style.quote)}${semi}`;
    splices.push({ start: at, end: at, text: last ? `${style.eol}${line}` : `${line}${style.eol}` });
  }
  const body = source.replace(/[\s]+$/, '');
  const exportLine = `export const ${GRAPHQL_CLIENT} = ${CLIENT_FACTORY}(${argument})${semi}`;
  splices.push({ start: body.length, end: source.length, text: `${style.eol}${style.eol}${exportLine}${style.eol}` });
  return { kind: 'changed', text: applySplices(source, splices) };
}

/** The `config` value passed to the module's `createServerRunner({ config })`. */
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
