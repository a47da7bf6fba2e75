import type { CallExpression, Expression, Node, ObjectExpression, ReturnStatement } from '@babel/types';
import { findProperty } from '../ast/object-properties.js';
import { findAll, walk } from '../ast/walk.js';
import { callsOf } from '../ast/walk.js';
import { importedLocalName } from '../ast/import-statements.js';
import type { AmplifyGuard } from './guard-files.js';

type FunctionNode = Node & { body: Node };

/** The function Next.js calls: `export function middleware|proxy`, `export default`, or `export const middleware = …`. */
export function guardFunction(guard: AmplifyGuard): FunctionNode | undefined {
  for (const statement of guard.ast.program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && isFunction(statement.declaration)) return statement.declaration;
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === guard.kind) return declaration;
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === guard.kind && declarator.init && isFunction(declarator.init))
          return declarator.init;
      }
    }
  }
  return undefined;
}

/**
 * Whether the guard reads the request's path (`request.nextUrl.pathname`): then its own code, not only the
 * matcher, decides which paths it redirects.
 */
export function gatesByPath(fn: FunctionNode): boolean {
  let reads = false;
  walk(fn.body, (node) => {
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'pathname')
      reads = true;
  });
  return reads;
}

/**
 * Whether running `fn` can reach its end without a `return` or `throw`: Next.js then answers with its own
 * response. Loops and `switch` count as ending (not judged), so this says yes only when it is sure.
 */
export function canEndWithoutReturn(fn: FunctionNode): boolean {
  return fn.body.type === 'BlockStatement' && completes(fn.body);
}

function completes(node: Node): boolean {
  switch (node.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
      return false;
    case 'BlockStatement':
      return node.body.every(completes);
    case 'IfStatement':
      return node.alternate === null || node.alternate === undefined || completes(node.consequent) || completes(node.alternate);
    case 'TryStatement': {
      const body = completes(node.block) || (node.handler !== null && node.handler !== undefined && completes(node.handler.body));
      return body && (node.finalizer === null || node.finalizer === undefined || completes(node.finalizer));
    }
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'SwitchStatement':
    case 'LabeledStatement':
      return false;
    default:
      return true;
  }
}

function isFunction(node: Node): node is FunctionNode {
  return ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod'].includes(node.type);
}

/** The returns of `fn` itself, not of the functions inside it. */
export function ownReturns(fn: FunctionNode): ReturnStatement[] {
  const returns: ReturnStatement[] = [];
  walk(fn.body, (node) => {
    if (isFunction(node)) return false;
    if (node.type === 'ReturnStatement') returns.push(node);
  });
  return returns;
}

export interface RunnerCall {
  call: CallExpression;
  /** `nextServerContext`, when it is an object literal. */
  context?: ObjectExpression;
  /** Its `response` value, when there is one. */
  response?: Expression;
}

export function runnerCalls(guard: AmplifyGuard): RunnerCall[] {
  const direct = callsOf(guard.ast, 'runWithAmplifyServerContext').map((call) => {
    const options = call.arguments[0];
    const context = options?.type === 'ObjectExpression' ? findProperty(options, 'nextServerContext') : undefined;
    const object = context?.type === 'ObjectProperty' && context.value.type === 'ObjectExpression' ? context.value : undefined;
    return { call, ...withResponse(object) };
  });
  // A helper is judged only by the `{ request, response }` it is handed: what it does with it is its own code.
  const throughHelpers = guard.helpers.flatMap((helper) =>
    callsOf(guard.ast, helper).flatMap((call) => {
      const object = call.arguments.find(
        (argument): argument is ObjectExpression =>
          argument.type === 'ObjectExpression' && findProperty(argument, 'response') !== undefined,
      );
      return object ? [{ call, ...withResponse(object) }] : [];
    }),
  );
  return [...direct, ...throughHelpers];
}

function withResponse(context: ObjectExpression | undefined): Omit<RunnerCall, 'call'> {
  const response = context ? findProperty(context, 'response') : undefined;
  return { context, response: response?.type === 'ObjectProperty' ? (response.value as Expression) : undefined };
}

/** `NextResponse.<method>(…)` (whatever `NextResponse` is imported as). */
export function isNextResponseCall(guard: AmplifyGuard, node: Node | null | undefined, method: 'next' | 'redirect'): boolean {
  const local = importedLocalName(guard.ast.program, 'next/server', 'NextResponse');
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === local &&
    node.callee.property.type === 'Identifier' &&
    node.callee.property.name === method
  );
}

/** The value a `const name = …` inside `fn` starts with. */
export function localInit(fn: FunctionNode, name: string): Expression | undefined {
  for (const declarator of findAll(fn.body, (node): node is Node & { type: 'VariableDeclarator' } => node.type === 'VariableDeclarator')) {
    if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return declarator.init;
  }
  return undefined;
}
