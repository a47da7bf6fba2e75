import type * as t from '@babel/types';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { stringValue, unwrap } from '../../../src/ast/tree.js';
import { restErrorShapeTodos } from '../find/error-shapes.js';
import type { FileMigration, Todo } from '../find/file-migration.js';
import type { Op } from '../find/find-units.js';
import type { ConversionSite, ConversionResult } from './op-conversion.js';
import { todoAt } from './op-conversion.js';
import { REST_URL } from '../output/review.js';
import { arrow, block, call, concat, obj, propOrShorthand, raw, type Doc, type Entry } from '../output/print.js';
import { resultUse } from '../find/results.js';
import { referencesOf, resolveBinding } from '../find/scope.js';

const API_SERVER = 'aws-amplify/api/server';
export const REST_METHODS = new Set(['get', 'post', 'put', 'patch', 'del', 'head']);

/** v5 RestClient init keys → v6 `options` keys (Table E). */
const INIT_KEYS: Record<string, string> = {
  body: 'body',
  headers: 'headers',
  queryStringParameters: 'queryParams',
  timeout: 'timeout',
  withCredentials: 'withCredentials',
};

type Reader = 'json' | 'text' | 'blob' | 'none';

interface InitPlan {
  /** `options` value (object literal rebuilt, or the name of a local init object edited in place). */
  options?: () => Doc;
  reader: Reader;
  /** Edits to a local `const myInit = {...}` object (renames), applied when migrated. */
  edits: (() => void)[];
  todos: Todo[];
}

export function convertRest(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const [apiName, path, init] = op.call.arguments;
  const todos: Todo[] = [...restErrorShapeTodos(ctx, op, unit.fn)];
  if (!apiName || !path) {
    todos.push(todoAt(ctx, op.call, 'result-shape', `API.${op.method} needs an API name and a path`, REST_URL));
    return { todos };
  }
  const initPlan = planInit(ctx, op, init);
  todos.push(...initPlan.todos);
  if (todos.length) return { todos };
  const fn = ctx.importName(API_SERVER, op.method);
  // A result nobody reads is not parsed (a 204 from DELETE has no JSON body; v5 ignored it).
  const ignored = resultUse(ctx.tree, op).kind === 'ignored';
  const reader: Reader = op.method === 'head' || ignored ? 'none' : initPlan.reader;
  const input = (): Doc => {
    const entries: Entry[] = [ctx.entry('apiName', apiName), ctx.entry('path', path)];
    if (initPlan.options) entries.push(propOrShorthand('options', initPlan.options()));
    return obj(entries);
  };
  const request = (cs: string): Doc => concat(call(fn, [raw(cs), input()]), '.response');
  // v5 REST results were `any` (or the call's type argument); v6 body.json() is a DocumentType union.
  const resultType = reader === 'json' && ctx.isTs ? v5ResultType(ctx, op) : undefined;
  const typed = (body: string): string => (resultType ? `(await ${body}.json()) as unknown as ${resultType}` : `await ${body}.${reader}()`);
  return {
    plan: {
      op,
      promise: (cs) => {
        if (reader === 'none') return request(cs);
        if (resultType) return concat(request(cs), '.then(', arrow('{ body }', raw(typed('body')), true), ')');
        return concat(request(cs), '.then(', arrow('{ body }', raw(`body.${reader}()`)), ')');
      },
      operation: (cs) => {
        if (reader === 'none') return arrow(cs, request(cs));
        const result = resultType ? typed('body') : `body.${reader}()`;
        return block(cs, [concat('const { body } = await ', request(cs), ctx.semi), raw(`return ${result}${ctx.semi}`)]);
      },
      declarationStatements:
        reader === 'none'
          ? undefined
          : (cs, kind, idText) => {
              const body = ctx.uniqueName('body');
              const destructure = body === 'body' ? '{ body }' : `{ body: ${body} }`;
              return [concat(`const ${destructure} = await `, request(cs), ctx.semi), raw(`${kind} ${idText} = ${typed(body)}${ctx.semi}`)];
            },
      apply: () => initPlan.edits.forEach((e) => e()),
      infos: [],
    },
  };
}

/** The type a v5 REST result had: the call's type argument (`API.get<T>`), else its declaration's annotation. */
function v5ResultType(ctx: FileMigration, op: Op): string | undefined {
  const call = op.call as { typeParameters?: t.TSTypeParameterInstantiation | null; typeArguments?: t.TSTypeParameterInstantiation | null };
  const typeArgs = call.typeParameters ?? call.typeArguments;
  if (typeArgs?.params.length === 1) return ctx.text(typeArgs.params[0]);
  const use = resultUse(ctx.tree, op);
  const annotation = use.kind === 'decl' ? (use.id as { typeAnnotation?: t.Node | null }).typeAnnotation : undefined;
  if (annotation?.type === 'TSTypeAnnotation') return ctx.text(annotation.typeAnnotation);
  return undefined;
}

function planInit(ctx: FileMigration, op: Op, init: t.Node | undefined): InitPlan {
  const plan: InitPlan = { reader: 'json', edits: [], todos: [] };
  if (!init) return plan;
  const value = unwrap(init);
  if (value.type === 'ObjectExpression') {
    const entries = mapInit(ctx, value, plan);
    if (entries.length) plan.options = () => obj(entries.map((e) => e()));
    return plan;
  }
  if (value.type === 'Identifier') {
    // const myInit = { headers, queryStringParameters }; API.get(name, path, myInit)
    const binding = resolveBinding(ctx.tree, value);
    const declarator = binding && ctx.tree.parent(binding);
    const refs = binding ? referencesOf(ctx.tree, binding) : [];
    if (
      declarator?.type === 'VariableDeclarator' &&
      declarator.id === binding &&
      declarator.init &&
      unwrap(declarator.init).type === 'ObjectExpression' &&
      refs.length === 1
    ) {
      const literal = unwrap(declarator.init) as t.ObjectExpression;
      renameInPlace(ctx, literal, plan);
      plan.options = () => raw(value.name);
      return plan;
    }
  }
  plan.todos.push(
    todoAt(
      ctx,
      op.call,
      'result-shape',
      'the REST init is not an object literal; map queryStringParameters → queryParams and drop response/responseType by hand',
      REST_URL,
    ),
  );
  return plan;
}

function readerFrom(ctx: FileMigration, prop: t.ObjectProperty, plan: InitPlan): void {
  const v = stringValue(prop.value);
  if (v === 'text' || v === 'blob' || v === 'json') plan.reader = v;
  else if (v === 'arraybuffer') plan.reader = 'blob';
  else {
    plan.todos.push(
      todoAt(ctx, prop, 'result-shape', 'responseType is not a literal text/blob/json; read body.text()/blob()/json() by hand', REST_URL),
    );
  }
}

function responseTodo(ctx: FileMigration, node: t.Node): Todo {
  return todoAt(
    ctx,
    node,
    'result-shape',
    'response: true returned the full axios response; v6 returns { statusCode, headers, body } from .response',
    REST_URL,
  );
}

function mapInit(ctx: FileMigration, init: t.ObjectExpression, plan: InitPlan): (() => Entry)[] {
  const out: (() => Entry)[] = [];
  for (const p of init.properties) {
    if (p.type === 'SpreadElement') {
      out.push(() => ({ spread: raw(ctx.editedText(p.argument)) }));
      continue;
    }
    const key = propertyKeyName(p);
    if (p.type !== 'ObjectProperty' || !key) {
      plan.todos.push(todoAt(ctx, p, 'result-shape', 'the REST init has a computed or method property', REST_URL));
      continue;
    }
    if (key === 'response') {
      if (unwrap(p.value).type !== 'BooleanLiteral' || (unwrap(p.value) as t.BooleanLiteral).value) plan.todos.push(responseTodo(ctx, p));
      continue;
    }
    if (key === 'responseType') {
      readerFrom(ctx, p, plan);
      continue;
    }
    const v6 = INIT_KEYS[key] ?? key;
    out.push(() => ctx.entry(v6, p.value));
  }
  return out;
}

/** Renames keys of a local init object in place (queryStringParameters → queryParams, drops response*). */
function renameInPlace(ctx: FileMigration, init: t.ObjectExpression, plan: InitPlan): void {
  for (const p of init.properties) {
    if (p.type !== 'ObjectProperty') continue;
    const key = propertyKeyName(p);
    if (key === 'response') {
      if (unwrap(p.value).type !== 'BooleanLiteral' || (unwrap(p.value) as t.BooleanLiteral).value) plan.todos.push(responseTodo(ctx, p));
      else plan.edits.push(() => removeProperty(ctx, init, p));
    } else if (key === 'responseType') {
      readerFrom(ctx, p, plan);
      plan.edits.push(() => removeProperty(ctx, init, p));
    } else if (key && INIT_KEYS[key] && INIT_KEYS[key] !== key) {
      const v6 = INIT_KEYS[key];
      plan.edits.push(() => {
        if (p.shorthand) ctx.replace(p, `${v6}: ${ctx.text(p.value)}`);
        else ctx.replace(p.key, v6);
      });
    }
  }
}

function removeProperty(ctx: FileMigration, obj: t.ObjectExpression, p: t.Node): void {
  const items = obj.properties as t.Node[];
  const i = items.indexOf(p);
  const source = ctx.source;
  if (i < items.length - 1) {
    const next = items[i + 1];
    const between = source.slice(p.end!, next.start!);
    if (between.includes('\n')) {
      const lineStart = source.lastIndexOf('\n', p.start! - 1) + 1;
      const nextLine = source.lastIndexOf('\n', next.start! - 1) + 1;
      ctx.addSplice(lineStart, nextLine, '');
    } else {
      ctx.addSplice(p.start!, next.start!, '');
    }
  } else if (i > 0) {
    const prev = items[i - 1];
    const after = /^[ \t]*,?/.exec(source.slice(p.end!))![0];
    if (source.slice(prev.end!, p.start!).includes('\n')) {
      const lineStart = source.lastIndexOf('\n', p.start! - 1) + 1;
      const prevHadComma = after.includes(',');
      ctx.addSplice(lineStart - 1 - (source[lineStart - 2] === '\r' ? 1 : 0), p.end! + after.length, '');
      if (!prevHadComma) {
        const comma = source.indexOf(',', prev.end!);
        if (comma >= 0 && comma < p.start!) ctx.addSplice(comma, comma + 1, '');
      }
    } else {
      ctx.addSplice(prev.end!, p.end!, '');
    }
  } else {
    ctx.addSplice(p.start!, p.end! + (/^[ \t]*,?/.exec(source.slice(p.end!))?.[0].length ?? 0), '');
  }
}
