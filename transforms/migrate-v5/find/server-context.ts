export type { ServerContextSource, ServerContextResult } from './server-context-types.js';
import type * as t from '@babel/types';
import { type FunctionNode, isCall, isFunction, isMember, memberName, unwrap } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { importedName } from '../../../src/ast/import-statements.js';
import type { FileMigration } from './file-migration.js';
import { classifyFunction, enclosingFunctions, type FunctionKind } from './functions.js';
import type { Unit } from './find-units.js';
import { removeStatement } from '../output/text-edits.js';
import type { ServerContextSource, ServerContextResult, Request } from './server-context-types.js';
import { nonNextjsFramework } from './frameworks.js';
import { middlewareServerContext } from './middleware.js';
import { addResponseParam, destructuredResponse, patternProperty, responseParam } from './response-param.js';
import { lookupName, referencesOf, resolveBinding } from './scope.js';

const BEHAVIOUR_V5_NO_COOKIES =
  'v5 read no cookies from this argument (the call was always unauthenticated); v6 now uses the signed-in user';

export function resolveServerContext(ctx: FileMigration, unit: Unit): ServerContextResult {
  const tree = ctx.tree;
  const call = unit.call;
  const stmt = tree.statementOf(call);
  const framework = nonNextjsFramework(ctx);
  if (framework) {
    return {
      todo: {
        code: 'non-nextjs',
        reason: `${framework} code; v6 needs runWithAmplifyServerContext from aws-amplify/adapter-core with a cookie storage adapter`,
        node: stmt,
      },
    };
  }
  const fns = enclosingFunctions(tree, call);
  const kinds = fns.map((f) => classifyFunction(tree, ctx.filePath, f));
  const infos: ServerContextSource['infos'] = [];
  const behaviour = (node: t.Node): void => {
    infos.push({ node, code: 'behaviour-change', reason: BEHAVIOUR_V5_NO_COOKIES });
  };
  const isStatic = kinds.includes('getStaticProps');

  const arg = unit.arg ? unwrap(unit.arg) : undefined;
  let request: Request;
  if (isStatic) {
    if (arg?.type === 'ObjectExpression' && findProp(arg, 'context') && !findProp(arg, 'req')) behaviour(call);
    request = { kind: 'null' };
  } else if (!arg) {
    request = { kind: 'null' };
  } else if (arg.type === 'ObjectExpression') {
    const reqProp = findProp(arg, 'req');
    const contextProp = findProp(arg, 'context');
    if (reqProp) {
      request = resolveRequest(ctx, unit, unwrap(reqProp.value), behaviour);
    } else if (contextProp) {
      behaviour(call);
      request = resolveContextObject(ctx, unit, unwrap(contextProp.value), behaviour, true);
    } else {
      request = { kind: 'null' };
    }
  } else if (isMember(arg) && memberName(arg) === 'req') {
    // A4: withSSRContext(ctx.req) — v5 looked for ctx.req.req and found nothing.
    behaviour(call);
    request = resolveRequest(ctx, unit, arg, () => {});
  } else {
    request = resolveContextObject(ctx, unit, arg, behaviour, false);
  }

  if (request.kind === 'missing') {
    return { todo: { code: 'missing-response', reason: request.reason, node: stmt } };
  }

  const gipIndex = kinds.indexOf('getInitialProps');
  if (gipIndex >= 0 && request.kind === 'reqRes' && !hasServerGuard(ctx, call, fns[gipIndex])) {
    infos.push({
      node: call,
      code: 'no-server-guard',
      reason: 'getInitialProps also runs in the browser on client navigation, where ctx.req is undefined; guard the server call',
    });
  }

  switch (request.kind) {
    case 'null':
      return { plan: { text: 'null', apply: () => {}, infos } };
    case 'reqRes': {
      if (gipIndex >= 0 && ctx.isTs) {
        // NextPageContext types req/res as optional and req without `cookies` (Next sets it at runtime).
        const type = ctx.importName('next', 'GetServerSidePropsContext', true);
        request.request = `${request.request} as ${type}['req']`;
        request.response = `${request.response} as ${type}['res']`;
      }
      const text =
        request.request === 'request' && request.response === 'response'
          ? '{ request, response }'
          : `{ request: ${request.request}, response: ${request.response} }`;
      return { plan: { text, apply: request.apply ?? (() => {}), infos } };
    }
    case 'cookies': {
      const local = ctx.importName('next/headers', 'cookies');
      const text = local === 'cookies' ? '{ cookies }' : `{ cookies: ${local} }`;
      return { plan: { text, apply: request.apply ?? (() => {}), infos } };
    }
    case 'middleware':
      return { plan: middlewareServerContext(ctx, unit, request.fn, request.request, infos) };
  }
}

function findProp(obj: t.ObjectExpression, key: string): t.ObjectProperty | undefined {
  for (const p of obj.properties) {
    if (p.type === 'ObjectProperty' && propertyKeyName(p) === key) return p;
  }
  return undefined;
}

/** The argument is the whole context object (`withSSRContext(ctx)` / `{ context }`): v5 used `arg.req`. */
function resolveContextObject(
  ctx: FileMigration,
  unit: Unit,
  arg: t.Node,
  behaviour: (node: t.Node) => void,
  viaContextKey: boolean,
): Request {
  const tree = ctx.tree;
  if (arg.type === 'Identifier') {
    const binding = resolveBinding(tree, arg);
    const owner = binding ? paramOwner(ctx, binding) : undefined;
    if (owner) {
      const kind = classifyFunction(tree, ctx.filePath, owner.fn);
      if (
        kind === 'apiHandler' ||
        kind === 'middleware' ||
        kind === 'routeHandler' ||
        (owner.index === 0 && owner.fn.params.length >= 2 && owner.direct)
      ) {
        // The "context" is actually a request object: v5 read request.req (undefined).
        if (!viaContextKey) behaviour(unit.call);
        return resolveRequest(ctx, unit, arg, () => {});
      }
    }
    if (!binding) return { kind: 'missing', reason: `${arg.name} is not a request context this function can use` };
  }
  if (arg.type !== 'Identifier' && !isMember(arg)) {
    return { kind: 'missing', reason: 'the request context cannot be determined from this argument' };
  }
  const base = ctx.text(arg);
  return { kind: 'reqRes', request: `${base}.req`, response: `${base}.res` };
}

interface ParamOwner {
  fn: FunctionNode;
  index: number;
  /** The binding is the parameter itself (not destructured from it). */
  direct: boolean;
  pattern?: t.ObjectPattern;
  property?: t.ObjectProperty;
}

/** If `binding` is declared by a function parameter, which function and which parameter. */
function paramOwner(ctx: FileMigration, binding: t.Identifier): ParamOwner | undefined {
  const tree = ctx.tree;
  let current: t.Node = binding;
  let property: t.ObjectProperty | undefined;
  let pattern: t.ObjectPattern | undefined;
  for (;;) {
    const parent = tree.parent(current);
    if (!parent) return undefined;
    if (isFunction(parent)) {
      const index = parent.params.indexOf(current as t.Identifier);
      if (index < 0) return undefined;
      return { fn: parent, index, direct: current === binding, pattern, property };
    }
    if (parent.type === 'ObjectProperty') {
      if (!property) property = parent;
    } else if (parent.type === 'ObjectPattern') {
      if (!pattern) pattern = parent;
    } else if (parent.type !== 'AssignmentPattern' && parent.type !== 'TSParameterProperty') {
      return undefined;
    }
    current = parent;
  }
}

/** Resolves the value v5 received as `req`. */
function resolveRequest(ctx: FileMigration, unit: Unit, req: t.Node, behaviour: (node: t.Node) => void): Request {
  const tree = ctx.tree;
  if (isMember(req) && memberName(req) === 'req') {
    const base = ctx.text(unwrap(req.object));
    return { kind: 'reqRes', request: `${base}.req`, response: `${base}.res` };
  }
  if (req.type === 'ObjectExpression') return resolveSynthetic(ctx, unit, req, behaviour);
  if (req.type !== 'Identifier') {
    return { kind: 'missing', reason: 'the request object cannot be determined from this argument' };
  }
  const binding = resolveBinding(tree, req);
  if (!binding) return { kind: 'missing', reason: `${req.name} is not a request this function receives` };
  const owner = paramOwner(ctx, binding);
  if (owner) {
    const kind = classifyFunction(tree, ctx.filePath, owner.fn);
    if (owner.direct) {
      if (kind === 'middleware') {
        behaviour(unit.call);
        return { kind: 'middleware', fn: owner.fn, request: binding.name };
      }
      if (kind === 'routeHandler' || kind === 'appRouter') {
        behaviour(unit.call);
        return { kind: 'cookies' };
      }
      if (kind === 'getServerSideProps' && owner.index === 0) {
        // `getServerSideProps = async (req) => withSSRContext({ req })`: the parameter is the whole context.
        behaviour(unit.call);
        return { kind: 'reqRes', request: `${binding.name}.req`, response: `${binding.name}.res` };
      }
      const nextId = responseParam(ctx, owner.fn, owner.index + 1, kind === 'apiHandler');
      if (nextId) return { kind: 'reqRes', request: binding.name, response: nextId.name };
      if (kind === 'apiHandler' && owner.fn.params.length === owner.index + 1) {
        return addResponseParam(ctx, owner.fn, binding);
      }
      const label = functionLabel(ctx, owner.fn);
      return {
        kind: 'missing',
        reason:
          owner.fn.params.length > owner.index + 1
            ? `${label} receives the request but no response (nothing says its next parameter is one); v6 needs both`
            : `${label} receives only the request; v6 also needs the response, so its signature and callers must change`,
      };
    }
    if (owner.pattern && owner.property) {
      // ({ req }) / ({ req: request }) destructured from the context parameter.
      if (kind === 'middleware' || kind === 'routeHandler') return { kind: 'missing', reason: 'unsupported request shape' };
      return destructuredResponse(ctx, owner.pattern, binding);
    }
    return { kind: 'missing', reason: 'the request object cannot be determined' };
  }
  // A local variable.
  const declarator = tree.parent(binding);
  if (declarator?.type === 'VariableDeclarator' && declarator.id === binding && declarator.init) {
    const init = unwrap(declarator.init);
    if (init.type === 'ObjectExpression') {
      const result = resolveSynthetic(ctx, unit, init, behaviour);
      return withDeclarationRemoval(ctx, unit, result, declarator);
    }
    if (isMember(init) && memberName(init) === 'req') return resolveRequest(ctx, unit, init, behaviour);
    return { kind: 'missing', reason: `${binding.name} is not a request object this function receives` };
  }
  if (declarator?.type === 'ObjectProperty') {
    // const { req } = context / const { req, res } = ctx
    const pattern = tree.parent(declarator);
    const decl = pattern && tree.parent(pattern);
    if (pattern?.type === 'ObjectPattern' && decl?.type === 'VariableDeclarator' && decl.id === pattern && decl.init) {
      const res = patternProperty(pattern, 'res');
      if (res) return { kind: 'reqRes', request: binding.name, response: res };
      const init = unwrap(decl.init);
      if (init.type === 'Identifier' || isMember(init)) {
        return { kind: 'reqRes', request: binding.name, response: `${ctx.text(init)}.res` };
      }
    }
  }
  return { kind: 'missing', reason: `${binding.name} is not a request this function receives` };
}

function functionLabel(ctx: FileMigration, fn: FunctionNode): string {
  if (fn.type === 'FunctionDeclaration' && fn.id) return fn.id.name;
  const p = ctx.tree.parent(fn);
  if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  return 'this function';
}

/** A8/A9/A10: `{ headers: { cookie: ... } }` built by hand from a request or from next/headers. */
function resolveSynthetic(ctx: FileMigration, unit: Unit, obj: t.ObjectExpression, behaviour: (node: t.Node) => void): Request {
  const headers = findProp(obj, 'headers');
  if (!headers) return { kind: 'missing', reason: 'the request object has no cookie header' };
  const value = unwrap(headers.value);
  if (value.type === 'ObjectExpression') {
    const cookie = findProp(value, 'cookie') ?? findProp(value, 'Cookie');
    if (!cookie) return { kind: 'missing', reason: 'the request object has no cookie header' };
    return resolveCookie(ctx, unit, unwrap(cookie.value), behaviour);
  }
  if (isMember(value) && memberName(value) === 'headers') {
    return resolveRequest(ctx, unit, unwrap(value.object), behaviour);
  }
  return { kind: 'missing', reason: 'the cookie header of this request object cannot be traced' };
}

function resolveCookie(ctx: FileMigration, unit: Unit, expr: t.Node, behaviour: (node: t.Node) => void): Request {
  const tree = ctx.tree;
  let e = unwrap(expr);
  while (e.type === 'LogicalExpression' || e.type === 'AwaitExpression') {
    e = unwrap(e.type === 'LogicalExpression' ? e.left : e.argument);
  }
  if (e.type === 'Identifier') {
    const binding = resolveBinding(tree, e);
    const declarator = binding && tree.parent(binding);
    if (declarator?.type === 'VariableDeclarator' && declarator.id === binding && declarator.init) {
      const result = resolveCookie(ctx, unit, declarator.init, behaviour);
      return withDeclarationRemoval(ctx, unit, result, declarator);
    }
    return { kind: 'missing', reason: 'the cookie header comes from outside this function' };
  }
  if (isCall(e) && isMember(e.callee)) {
    const method = memberName(e.callee);
    let target = stripAwait(unwrap(e.callee.object));
    // const headersList = headers(); headersList.get('cookie')
    if (target.type === 'Identifier') {
      const binding = resolveBinding(tree, target);
      const declarator = binding && tree.parent(binding);
      if (declarator?.type === 'VariableDeclarator' && declarator.id === binding && declarator.init) {
        const init = stripAwait(unwrap(declarator.init));
        if (isCall(init)) target = init;
      }
    }
    // headers().get('cookie') / cookies().toString()
    if (isCall(target) && target.callee.type === 'Identifier') {
      const imported = nextHeadersExportOf(ctx, target.callee);
      if ((imported === 'headers' && method === 'get') || (imported === 'cookies' && (method === 'toString' || method === 'getAll'))) {
        return { kind: 'cookies' };
      }
    }
    // request.headers.get('cookie') / request.cookies.toString()
    if (isMember(target) && (memberName(target) === 'headers' || memberName(target) === 'cookies')) {
      const owner = unwrap(target.object);
      if (owner.type === 'Identifier') return requestObjectContext(ctx, owner);
    }
  }
  if (isMember(e) && memberName(e) === 'cookie') {
    const headersObj = unwrap(e.object);
    if (isMember(headersObj) && memberName(headersObj) === 'headers') {
      return resolveRequest(ctx, unit, unwrap(headersObj.object), behaviour);
    }
  }
  // Any other expression built from next/headers (cookies().getAll().map(...).join('; ')): the request cookies.
  if (
    tree
      .descendants(e)
      .some((n) => isCall(n) && n.callee.type === 'Identifier' && ['cookies', 'headers'].includes(nextHeadersExportOf(ctx, n.callee) ?? ''))
  ) {
    return { kind: 'cookies' };
  }
  return { kind: 'missing', reason: 'the cookie header of this request object cannot be traced' };
}

function stripAwait(node: t.Node): t.Node {
  let n = node;
  while (n.type === 'AwaitExpression') n = unwrap(n.argument);
  return n;
}

/** `request.headers.get('cookie')` inside middleware or a route handler. */
function requestObjectContext(ctx: FileMigration, request: t.Identifier): Request {
  const binding = resolveBinding(ctx.tree, request);
  const owner = binding ? paramOwner(ctx, binding) : undefined;
  if (!owner || !owner.direct) return { kind: 'missing', reason: `${request.name} is not a request this function receives` };
  const kind: FunctionKind = classifyFunction(ctx.tree, ctx.filePath, owner.fn);
  if (kind === 'middleware') return { kind: 'middleware', fn: owner.fn, request: binding!.name };
  if (kind === 'routeHandler' || kind === 'appRouter') return { kind: 'cookies' };
  return {
    kind: 'missing',
    reason: `${functionLabel(ctx, owner.fn)} is neither middleware nor an App Router handler, so neither a response nor cookies() is available`,
  };
}

/** The imported name behind a local identifier, when it comes from next/headers. */
function nextHeadersExportOf(ctx: FileMigration, id: t.Identifier): string | undefined {
  const binding = lookupName(ctx.tree, id, id.name);
  if (!binding) return undefined;
  const spec = ctx.tree.parent(binding);
  if (spec?.type !== 'ImportSpecifier') return undefined;
  const decl = ctx.tree.parent(spec);
  if (decl?.type !== 'ImportDeclaration' || decl.source.value !== 'next/headers') return undefined;
  return importedName(spec);
}

/** Deletes a synthetic `const req = {...}` / `const cookie = ...` once nothing else reads it. */
function withDeclarationRemoval(ctx: FileMigration, unit: Unit, result: Request, declarator: t.VariableDeclarator): Request {
  if (result.kind !== 'cookies' && result.kind !== 'reqRes' && result.kind !== 'middleware') return result;
  if (result.kind === 'middleware') return result;
  const id = declarator.id;
  if (id.type !== 'Identifier') return result;
  const refs = referencesOf(ctx.tree, id);
  const consumedBy = (ref: t.Node): boolean =>
    ctx.tree.contains(unit.call, ref) || pendingRemovals.get(ctx)?.some((d) => ctx.tree.contains(d, ref)) === true;
  if (!refs.every(consumedBy)) return result;
  const previous = result.apply;
  return {
    ...result,
    apply: () => {
      previous?.();
      const decl = ctx.tree.parent(declarator) as t.VariableDeclaration;
      let list = pendingRemovals.get(ctx);
      if (!list) pendingRemovals.set(ctx, (list = []));
      list.push(declarator);
      if (decl.declarations.length === 1) removeStatement(ctx, ctx.tree.statementOf(decl));
    },
  };
}

const pendingRemovals = new WeakMap<FileMigration, t.Node[]>();

/** A11: is the call inside a server-only branch of getInitialProps? */
function hasServerGuard(ctx: FileMigration, call: t.Node, gip: FunctionNode): boolean {
  const guard = /typeof\s+window|typeof\s+document|isServer|isBrowser|process\.browser|\.req\b|\bserver\b/i;
  for (const a of ctx.tree.ancestors(call)) {
    if (a === gip) break;
    if (a.type === 'IfStatement' || a.type === 'ConditionalExpression' || a.type === 'LogicalExpression') {
      const test = a.type === 'LogicalExpression' ? a.left : a.test;
      if (guard.test(ctx.text(test))) return true;
    }
  }
  // An early return guard before the call: if (typeof window !== 'undefined') return ...
  if (gip.body.type === 'BlockStatement') {
    for (const stmt of gip.body.body) {
      if (stmt.start! >= call.start!) break;
      if (stmt.type === 'IfStatement' && guard.test(ctx.text(stmt.test)) && containsReturn(stmt.consequent)) return true;
    }
  }
  return false;
}

function containsReturn(node: t.Node): boolean {
  if (node.type === 'ReturnStatement') return true;
  if (node.type === 'BlockStatement') return node.body.some(containsReturn);
  return false;
}
