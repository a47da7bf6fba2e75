import type * as t from '@babel/types';
import { callParent, type FunctionNode, memberName, memberParent } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import type { Request } from './server-context-types.js';
import type { FileMigration } from './file-migration.js';
import { referencesOf } from './scope.js';
import { appendToList, bracedListSite } from '../../../src/ast/lists.js';

const RESPONSE_NAME = /^_*(res|resp|response|reply)$|[a-z0-9](Res|Resp|Response)$/;
const RESPONSE_TYPE = /\b(ServerResponse|NextApiResponse|NextResponse|Response|OutgoingMessage)\b|\[\s*['"]res['"]\s*\]/;
const RESPONSE_METHODS = new Set([
  'status',
  'setHeader',
  'getHeader',
  'writeHead',
  'end',
  'send',
  'json',
  'redirect',
  'write',
  'appendHeader',
  'removeHeader',
]);

/**
 * The parameter at `index` when it is a response: a Next.js API handler's second parameter always is;
 * elsewhere its name (`res`, `response`, `nextRes`), its type (`NextApiResponse`, `ServerResponse`) or its
 * use (`res.status(…)`, `res.setHeader(…)`, `res.statusCode = …`) must say so. `graphqlQuery(req, query)` has none.
 */
export function responseParam(ctx: FileMigration, fn: FunctionNode, index: number, byContract: boolean): t.Identifier | undefined {
  const param = fn.params[index];
  const id =
    param?.type === 'Identifier' ? param : param?.type === 'AssignmentPattern' && param.left.type === 'Identifier' ? param.left : undefined;
  if (!id) return undefined;
  if (byContract || RESPONSE_NAME.test(id.name)) return id;
  const annotation = id.typeAnnotation;
  if (annotation?.type === 'TSTypeAnnotation' && RESPONSE_TYPE.test(ctx.text(annotation.typeAnnotation))) return id;
  const usedAsResponse = referencesOf(ctx.tree, id, fn).some((ref) => {
    const m = memberParent(ctx.tree, ref);
    const name = m && memberName(m);
    if (!m || !name) return false;
    return name === 'statusCode' || (RESPONSE_METHODS.has(name) && callParent(ctx.tree, m) !== undefined);
  });
  return usedAsResponse ? id : undefined;
}

/** The local name of `key` in a destructuring pattern (`{ res }` / `{ res: response }`). */
export function patternProperty(pattern: t.ObjectPattern, key: string): string | undefined {
  for (const p of pattern.properties) {
    if (p.type === 'ObjectProperty' && propertyKeyName(p) === key) {
      const v = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
      if (v.type === 'Identifier') return v.name;
    }
  }
  return undefined;
}

/** A1/A2: `({ req })` → `({ req, res })` (or `res: __res` when `res` is taken). */
export function destructuredResponse(ctx: FileMigration, pattern: t.ObjectPattern, reqBinding: t.Identifier): Request {
  const existing = patternProperty(pattern, 'res');
  if (existing) return { kind: 'reqRes', request: reqBinding.name, response: existing };
  const fn = ctx.tree.enclosingFunction(pattern);
  const taken = fn ? ctx.tree.descendants(fn).some((n) => n.type === 'Identifier' && n.name === 'res') : false;
  const responseName = taken ? ctx.uniqueName('__res') : 'res';
  const planned = plannedParams.get(pattern);
  if (planned) return { kind: 'reqRes', request: reqBinding.name, response: planned };
  plannedParams.set(pattern, responseName);
  return {
    kind: 'reqRes',
    request: reqBinding.name,
    response: responseName,
    apply: () => {
      if (appliedParams.has(pattern)) return;
      appliedParams.add(pattern);
      const item = responseName === 'res' ? 'res' : `res: ${responseName}`;
      const site = bracedListSite(ctx.source, pattern, pattern.properties);
      for (const splice of appendToList(ctx.source, ctx.tree.file, site, ctx.style, () => [item], ' ') ?? [])
        ctx.addSplice(splice.start, splice.end, splice.text);
      addResponseToTypeLiteral(ctx, pattern);
    },
  };
}

/** `({ req }: { req: any })` → the inline parameter type gets `res` too. */
function addResponseToTypeLiteral(ctx: FileMigration, pattern: t.ObjectPattern): void {
  const annotation = pattern.typeAnnotation;
  if (annotation?.type !== 'TSTypeAnnotation' || annotation.typeAnnotation.type !== 'TSTypeLiteral') return;
  const literal = annotation.typeAnnotation;
  const members = literal.members;
  if (members.some((m) => m.type === 'TSPropertySignature' && m.key.type === 'Identifier' && m.key.name === 'res')) return;
  const req = members.find((m) => m.type === 'TSPropertySignature' && m.key.type === 'Identifier' && m.key.name === 'req') as
    t.TSPropertySignature | undefined;
  const reqType = req?.typeAnnotation ? ctx.text(req.typeAnnotation.typeAnnotation) : undefined;
  const type = reqType === 'any' || reqType === undefined ? 'any' : `${ctx.importName('next', 'GetServerSidePropsContext', true)}['res']`;
  const last = members[members.length - 1];
  if (!last) return;
  const lastText = ctx.text(last);
  const separator = /[;,]$/.test(lastText) ? '' : ';';
  const between = ctx.source.slice(literal.start!, last.start!);
  if (between.includes('\n')) {
    ctx.addSplice(last.end!, last.end!, `${separator}\n${ctx.indentAt(last.start!)}res: ${type}${separator ? '' : lastText.slice(-1)}`);
  } else {
    ctx.addSplice(last.end!, last.end!, `${separator} res: ${type}`);
  }
}

const plannedParams = new WeakMap<t.Node, string>();
const appliedParams = new WeakSet<t.Node>();

/** A6: API handler `(req)` → `(req, res)`. */
export function addResponseParam(ctx: FileMigration, fn: FunctionNode, reqParam: t.Identifier): Request {
  const planned = plannedParams.get(fn);
  const taken = ctx.tree.descendants(fn).some((n) => n.type === 'Identifier' && n.name === 'res');
  const name = planned ?? (taken ? ctx.uniqueName('__res') : 'res');
  plannedParams.set(fn, name);
  return {
    kind: 'reqRes',
    request: reqParam.name,
    response: name,
    apply: () => {
      if (appliedParams.has(fn)) return;
      appliedParams.add(fn);
      let param = name;
      const annotation = reqParam.typeAnnotation;
      if (ctx.isTs && annotation && annotation.type === 'TSTypeAnnotation') {
        const typeText = ctx.text(annotation.typeAnnotation);
        if (typeText === 'NextApiRequest') {
          const local = ctx.existingImport('next', 'NextApiResponse') ?? 'NextApiResponse';
          if (!ctx.existingImport('next', 'NextApiResponse')) ctx.need('next', 'NextApiResponse', true);
          param = `${name}: ${local}`;
        }
      }
      const first = fn.params[0];
      const source = ctx.source;
      if (
        fn.type === 'ArrowFunctionExpression' &&
        source[first.start! - 1] !== '(' &&
        !/\(\s*$/.test(source.slice(fn.start!, first.start!))
      ) {
        ctx.addSplice(first.start!, first.end!, `(${ctx.text(first)}, ${param})`);
        return;
      }
      ctx.addSplice(first.end!, first.end!, `, ${param}`);
    },
  };
}
