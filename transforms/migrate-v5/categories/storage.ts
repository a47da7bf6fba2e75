import type * as t from '@babel/types';
import { isFunction, memberName, memberParent, stringValue, unwrap } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import type { FileMigration, Todo } from '../find/file-migration.js';
import type { Op } from '../find/find-units.js';
import type { OpConversion, ConversionSite, ConversionResult } from './op-conversion.js';
import { todoAt } from './op-conversion.js';
import { STORAGE_URL } from '../output/review.js';
import { arrow, block, call, concat, obj, prop, propOrShorthand, raw, type Doc, type Entry } from '../output/print.js';
import { resultReads, resultUse, type ResultUse } from '../find/results.js';
import { referencesOf } from '../find/scope.js';

const STORAGE_SERVER = 'aws-amplify/storage/server';

/** v5 `level` → v6 `accessLevel`. */
const LEVELS: Record<string, string> = { public: 'guest', protected: 'protected', private: 'private' };

/** Options v6 drops (Table F). */
const REMOVED = new Set([
  'track',
  'provider',
  'customPrefix',
  'SSECustomerAlgorithm',
  'SSECustomerKey',
  'SSECustomerKeyMD5',
  'SSEKMSKeyId',
  'serverSideEncryption',
  'acl',
  'bucket',
  'download',
]);

const DEPRECATED_KEY_API =
  'v6 storage calls use the key/accessLevel inputs, deprecated since aws-amplify 6.2 in favour of path (same objects, same prefixes)';

export function convertStorage(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx } = pc;
  switch (op.method) {
    case 'get':
      return planGet(pc, op);
    case 'list':
      return planList(pc, op);
    case 'remove':
      return planRemove(pc, op);
    case 'copy':
      return planCopy(pc, op);
    case 'getProperties':
      return planGetProperties(pc, op);
    case 'put':
      return planPut(pc, op);
    default:
      return {
        todos: [
          todoAt(
            ctx,
            op.call,
            'no-server-equivalent',
            `Storage.${op.method} has no server API in v6 (server storage APIs: getUrl, list, remove, copy, getProperties, uploadData)`,
          ),
        ],
      };
  }
}

function deprecatedInfo(op: Op): OpConversion['infos'] {
  return [{ node: op.call, code: 'deprecated-key-api', reason: DEPRECATED_KEY_API }];
}

interface OptionsResult {
  entries: (() => Entry)[];
  todos: Todo[];
  download: boolean;
}

/** Maps a v5 options object literal to v6 `options` entries. */
function mapOptions(ctx: FileMigration, op: Op, node: t.Node | undefined, method: string): OptionsResult {
  const result: OptionsResult = { entries: [], todos: [], download: false };
  if (!node) return result;
  const o = unwrap(node);
  if (o.type !== 'ObjectExpression') {
    result.todos.push(
      todoAt(
        ctx,
        op.call,
        'result-shape',
        `the Storage.${method} options are not an object literal; rename level → accessLevel ('public' → 'guest') by hand`,
        STORAGE_URL,
      ),
    );
    return result;
  }
  const level = o.properties.find((p) => p.type === 'ObjectProperty' && propertyKeyName(p) === 'level') as t.ObjectProperty | undefined;
  const levelValue = level ? stringValue(level.value) : undefined;
  for (const p of o.properties) {
    if (p.type === 'SpreadElement') {
      result.entries.push(() => ({ spread: raw(ctx.editedText(p.argument)) }));
      continue;
    }
    const key = propertyKeyName(p);
    if (p.type === 'ObjectMethod' && key === 'progressCallback' && !p.computed) {
      // progressCallback(progress) { ... } → onProgress(progress) { ... }
      result.entries.push(() => {
        renameProgressReads(ctx, p);
        const text = ctx.editedText(p);
        return { member: text.replace(/^((?:async\s+)?)progressCallback/, '$1onProgress') };
      });
      continue;
    }
    if (p.type !== 'ObjectProperty' || !key) {
      result.todos.push(todoAt(ctx, p, 'result-shape', `the Storage.${method} options have a computed or method property`, STORAGE_URL));
      continue;
    }
    const valueText = (): string => ctx.editedText(p.value);
    switch (key) {
      case 'level': {
        if (levelValue !== undefined) {
          const v6 = LEVELS[levelValue];
          if (!v6) {
            result.todos.push(todoAt(ctx, p, 'result-shape', `unknown storage level ${ctx.quote(levelValue)}`, STORAGE_URL));
            break;
          }
          result.entries.push(() => prop('accessLevel', ctx.quote(v6)));
        } else {
          result.entries.push(() => {
            const v = valueText();
            return prop('accessLevel', `${v} === ${ctx.quote('public')} ? ${ctx.quote('guest')} : ${v}`);
          });
        }
        break;
      }
      case 'identityId':
        // Only meaningful with protected access (v6 types allow it only there).
        if (levelValue === undefined || levelValue === 'protected')
          result.entries.push(() => propOrShorthand('targetIdentityId', valueText()));
        break;
      case 'expires':
        if (method === 'get') result.entries.push(() => propOrShorthand('expiresIn', valueText()));
        break;
      case 'progressCallback':
        result.entries.push(() => propOrShorthand('onProgress', progressCallback(ctx, p.value)));
        break;
      case 'pageSize': {
        const v = unwrap(p.value);
        if (stringValue(v) === 'ALL') result.entries.push(() => prop('listAll', 'true'));
        else result.entries.push(() => ctx.entry('pageSize', p.value));
        break;
      }
      case 'download': {
        const v = unwrap(p.value);
        if (!(v.type === 'BooleanLiteral' && !v.value)) result.download = true;
        break;
      }
      case 'cacheControl':
        if (method === 'put') result.entries.push(() => ctx.entry('cacheControl', p.value));
        break;
      default:
        if (REMOVED.has(key)) break;
        result.entries.push(() => ctx.entry(key, p.value));
    }
  }
  return result;
}

/** `progressCallback(progress)` reading `loaded/total` → `onProgress` reading `transferredBytes/totalBytes`. */
function progressCallback(ctx: FileMigration, value: t.Node): string {
  renameProgressReads(ctx, unwrap(value));
  return ctx.editedText(value);
}

function renameProgressReads(ctx: FileMigration, fn: t.Node): void {
  if (!isFunction(fn) || fn.params[0]?.type !== 'Identifier') return;
  // An inline type of the event: { loaded: number; total?: number }
  const annotation = fn.params[0].typeAnnotation;
  if (annotation?.type === 'TSTypeAnnotation' && annotation.typeAnnotation.type === 'TSTypeLiteral') {
    for (const member of annotation.typeAnnotation.members) {
      if (member.type !== 'TSPropertySignature' || member.key.type !== 'Identifier') continue;
      if (member.key.name === 'loaded') ctx.replace(member.key, 'transferredBytes');
      if (member.key.name === 'total') ctx.replace(member.key, 'totalBytes');
    }
  }
  for (const ref of referencesOf(ctx.tree, fn.params[0], fn)) {
    const m = memberParent(ctx.tree, ref);
    const name = m && memberName(m);
    if (m && (name === 'loaded' || name === 'total')) {
      ctx.replace(m.property, name === 'loaded' ? 'transferredBytes' : 'totalBytes');
    }
  }
}

function keyEntry(ctx: FileMigration, name: string, node: t.Node): Entry {
  return ctx.entry(name, node);
}

function input(first: Entry[], options: OptionsResult): Doc {
  const entries = [...first];
  const opts = options.entries.map((e) => e());
  if (opts.length) entries.push(prop('options', obj(opts)));
  return obj(entries);
}

function planGet(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx } = pc;
  const [key, opts] = op.call.arguments;
  const options = mapOptions(ctx, op, opts, 'get');
  if (options.download) {
    return {
      todos: [
        todoAt(
          ctx,
          op.call,
          'storage-download-server',
          'Storage.get with download: true has no server API in v6 (downloadData is client-only); use getUrl and fetch',
        ),
      ],
    };
  }
  if (options.todos.length || !key)
    return {
      todos: options.todos.length ? options.todos : [todoAt(ctx, op.call, 'result-shape', 'Storage.get without a key', STORAGE_URL)],
    };
  const getUrl = ctx.importName(STORAGE_SERVER, 'getUrl');
  const request = (cs: string): Doc => call(getUrl, [raw(cs), input([keyEntry(ctx, 'key', key)], options)]);
  return {
    plan: {
      op,
      // v5 resolved to the URL string; keep that shape (props must be JSON): `.url.toString()`.
      promise: (cs) => concat(request(cs), '.then(', arrow('{ url }', raw('url.toString()')), ')'),
      operation: (cs) => block(cs, [concat('const { url } = await ', request(cs), ctx.semi), raw(`return url.toString()${ctx.semi}`)]),
      awaited: (cs) => concat('(await ', request(cs), ').url.toString()'),
      infos: deprecatedInfo(op),
    },
  };
}

function planList(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const [prefix, opts] = op.call.arguments;
  const options = mapOptions(ctx, op, opts, 'list');
  const todos = [...options.todos];
  const edits: (() => void)[] = [];
  const use: ResultUse = resultUse(tree, op);
  // { results, nextToken, hasNextToken } → { items, nextToken }
  const readResult = (read: t.Node): void => {
    const m = memberParent(tree, read);
    const name = m && memberName(m);
    if (m && name === 'results') edits.push(() => ctx.replace(m.property, 'items'));
    else if (m && name === 'hasNextToken') {
      edits.push(() => ctx.replace(m, `!!${ctx.editedText(m.object)}.nextToken`));
    } else if (m && name === 'nextToken') {
      // unchanged
    } else if (!m) {
      todos.push(
        todoAt(
          ctx,
          read,
          'result-shape',
          'the whole Storage.list result is used; v6 returns { items, nextToken } instead of { results, nextToken, hasNextToken }',
          STORAGE_URL,
        ),
      );
    } else {
      todos.push(todoAt(ctx, m, 'result-shape', `Storage.list result has no ${name ?? '[…]'} in v6`, STORAGE_URL));
    }
  };
  if (use.kind === 'decl' && use.id.type === 'ObjectPattern') {
    for (const p of use.id.properties) {
      const key = p.type === 'ObjectProperty' ? propertyKeyName(p) : undefined;
      if (p.type === 'ObjectProperty' && key === 'results') {
        const value = p.value;
        edits.push(() => ctx.replace(p, `items: ${ctx.text(value)}`));
      } else if (key !== 'nextToken') {
        todos.push(
          todoAt(
            ctx,
            p,
            'result-shape',
            `${key ?? 'a rest element'} of the Storage.list result changed in v6 ({ items, nextToken })`,
            STORAGE_URL,
          ),
        );
      }
    }
  } else if (use.kind === 'chain') {
    readResult(use.value);
  } else if (use.kind === 'escape') {
    todos.push(
      todoAt(
        ctx,
        op.call,
        'result-shape',
        'the whole Storage.list result is used; v6 returns { items, nextToken } instead of { results, nextToken, hasNextToken }',
        STORAGE_URL,
      ),
    );
  } else {
    const reads = resultReads(tree, use, unit.fn);
    if (!reads)
      todos.push(
        todoAt(ctx, op.call, 'result-shape', 'the Storage.list result is consumed in a way whose reads cannot be followed', STORAGE_URL),
      );
    else for (const r of reads) readResult(r);
  }
  if (todos.length) return { todos };
  const list = ctx.importName(STORAGE_SERVER, 'list');
  const first: Entry[] = prefix ? [keyEntry(ctx, 'prefix', prefix)] : [];
  return {
    plan: {
      op,
      promise: (cs) => call(list, [raw(cs), input(first, options)]),
      apply: () => edits.forEach((e) => e()),
      infos: deprecatedInfo(op),
    },
  };
}

const REMOVE_RESULT_FIELDS = new Set(['DeleteMarker', 'VersionId', '$metadata', 'RequestCharged']);

function planRemove(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const [key, opts] = op.call.arguments;
  const options = mapOptions(ctx, op, opts, 'remove');
  const todos = [...options.todos];
  const use = resultUse(tree, op);
  for (const r of resultReads(tree, use, unit.fn) ?? []) {
    const m = memberParent(tree, r);
    const name = m && memberName(m);
    if (m && name && REMOVE_RESULT_FIELDS.has(name)) {
      todos.push(todoAt(ctx, m, 'result-shape', `Storage.remove result has no ${name} in v6 (it returns { key })`, STORAGE_URL));
    }
  }
  if (todos.length || !key)
    return { todos: todos.length ? todos : [todoAt(ctx, op.call, 'result-shape', 'Storage.remove without a key', STORAGE_URL)] };
  const remove = ctx.importName(STORAGE_SERVER, 'remove');
  return {
    plan: {
      op,
      promise: (cs) => call(remove, [raw(cs), input([keyEntry(ctx, 'key', key)], options)]),
      infos: deprecatedInfo(op),
    },
  };
}

function copyEnd(
  ctx: FileMigration,
  op: Op,
  node: t.Node | undefined,
  role: 'source' | 'destination',
): { entries: (() => Entry)[]; todos: Todo[] } {
  const out = { entries: [] as (() => Entry)[], todos: [] as Todo[] };
  const o = node && unwrap(node);
  if (!o || o.type !== 'ObjectExpression') {
    out.todos.push(
      todoAt(
        ctx,
        op.call,
        'result-shape',
        `the Storage.copy ${role} is not an object literal; rename level → accessLevel, identityId → targetIdentityId by hand`,
        STORAGE_URL,
      ),
    );
    return out;
  }
  const mapped = mapOptions(ctx, op, o, 'copy');
  out.todos.push(...mapped.todos);
  out.entries = mapped.entries;
  return out;
}

function planCopy(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx } = pc;
  const [src, dest] = op.call.arguments;
  const source = copyEnd(ctx, op, src, 'source');
  const destination = copyEnd(ctx, op, dest, 'destination');
  const todos = [...source.todos, ...destination.todos];
  if (todos.length) return { todos };
  const copy = ctx.importName(STORAGE_SERVER, 'copy');
  return {
    plan: {
      op,
      promise: (cs) =>
        call(copy, [
          raw(cs),
          obj([prop('source', obj(source.entries.map((e) => e()))), prop('destination', obj(destination.entries.map((e) => e())))]),
        ]),
      infos: deprecatedInfo(op),
    },
  };
}

function planGetProperties(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const [key, opts] = op.call.arguments;
  const options = mapOptions(ctx, op, opts, 'getProperties');
  if (options.todos.length || !key)
    return {
      todos: options.todos.length
        ? options.todos
        : [todoAt(ctx, op.call, 'result-shape', 'Storage.getProperties without a key', STORAGE_URL)],
    };
  const use = resultUse(tree, op);
  const edits: (() => void)[] = [];
  const renameRead = (r: t.Node): void => {
    const m = memberParent(tree, r);
    if (m && memberName(m) === 'contentLength') edits.push(() => ctx.replace(m.property, 'size'));
  };
  if (use.kind === 'decl' && use.id.type === 'ObjectPattern') {
    for (const p of use.id.properties) {
      if (p.type === 'ObjectProperty' && propertyKeyName(p) === 'contentLength') {
        const value = p.value;
        edits.push(() => ctx.replace(p, `size: ${ctx.text(value)}`));
      }
    }
  } else {
    for (const r of resultReads(tree, use, unit.fn) ?? []) renameRead(r);
  }
  const getProperties = ctx.importName(STORAGE_SERVER, 'getProperties');
  return {
    plan: {
      op,
      promise: (cs) => call(getProperties, [raw(cs), input([keyEntry(ctx, 'key', key)], options)]),
      apply: () => edits.forEach((e) => e()),
      infos: deprecatedInfo(op),
    },
  };
}

/** aws-amplify >= 6.17.0 has uploadData in aws-amplify/storage/server. */
export function hasServerUploadData(version: string | undefined): boolean {
  if (!version) return false;
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 6 || (major === 6 && minor >= 17);
}

function planPut(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx } = pc;
  const [key, data, opts] = op.call.arguments;
  if (!hasServerUploadData(ctx.options.amplifyVersion)) {
    return {
      todos: [
        todoAt(
          ctx,
          op.call,
          'storage-put-server',
          ctx.options.amplifyVersion
            ? `Storage.put has no server API before aws-amplify 6.17.0 (project has ${ctx.options.amplifyVersion}); upload from the client or upgrade`
            : 'Storage.put needs aws-amplify >= 6.17.0 for the server uploadData (version unknown); upload from the client or upgrade',
        ),
      ],
    };
  }
  const options = mapOptions(ctx, op, opts, 'put');
  if (options.todos.length || !key || !data)
    return {
      todos: options.todos.length ? options.todos : [todoAt(ctx, op.call, 'result-shape', 'Storage.put without key and data', STORAGE_URL)],
    };
  const uploadData = ctx.importName(STORAGE_SERVER, 'uploadData');
  return {
    plan: {
      op,
      promise: (cs) =>
        concat(call(uploadData, [raw(cs), input([keyEntry(ctx, 'key', key), keyEntry(ctx, 'data', data)], options)]), '.result'),
      infos: deprecatedInfo(op),
    },
  };
}
