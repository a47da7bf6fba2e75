/**
 * A tiny layout printer for the code the migration writes: object literals, calls and arrow functions are
 * printed on one line when they fit, and broken the way Prettier breaks them otherwise. Text taken from the
 * user's file is passed through as `raw` (dedented), so its own formatting survives.
 */

export type Doc =
  | { kind: 'raw'; text: string }
  | { kind: 'obj'; entries: Entry[]; forceBreak?: boolean }
  | { kind: 'arr'; items: Doc[] }
  | { kind: 'call'; callee: Doc; typeArgs?: string; args: Doc[] }
  | { kind: 'arrow'; async?: boolean; params: string; body: Doc }
  | { kind: 'block'; async?: boolean; params: string; stmts: Doc[] }
  | { kind: 'concat'; parts: Doc[] };

/** An object member: `key: value`, `key` (shorthand), `...spread`, or a member written out as is (a method). */
export type Entry = { key: string; value: Doc } | { shorthand: string } | { spread: Doc } | { member: string };

export const raw = (text: string): Doc => ({ kind: 'raw', text });
export const obj = (entries: Entry[], forceBreak = false): Doc => ({ kind: 'obj', entries, forceBreak });
export const arr = (items: Doc[]): Doc => ({ kind: 'arr', items });
export const call = (callee: Doc | string, args: Doc[], typeArgs?: string): Doc => ({
  kind: 'call',
  callee: typeof callee === 'string' ? raw(callee) : callee,
  args,
  typeArgs,
});
export const arrow = (params: string, body: Doc, async = false): Doc => ({ kind: 'arrow', params, body, async });
export const block = (params: string, stmts: Doc[], async = true): Doc => ({ kind: 'block', params, stmts, async });
export const concat = (...parts: (Doc | string)[]): Doc => ({
  kind: 'concat',
  parts: parts.map((p) => (typeof p === 'string' ? raw(p) : p)),
});
export const prop = (key: string, value: Doc | string): Entry => ({
  key,
  value: typeof value === 'string' ? raw(value) : value,
});
/** `key: value`, or the shorthand `key` when the value is the same identifier. */
export const propOrShorthand = (key: string, value: Doc | string): Entry =>
  typeof value === 'string' && value === key ? { shorthand: key } : prop(key, value);

export interface PrintOptions {
  indent: string;
  width: number;
  trailingComma: boolean;
}

function visualLength(text: string): number {
  return text.replace(/\t/g, '  ').length;
}

/** Single-line rendering, or undefined when the doc must span lines. */
export function flat(doc: Doc): string | undefined {
  switch (doc.kind) {
    case 'raw':
      return doc.text.includes('\n') ? undefined : doc.text;
    case 'obj': {
      if (doc.forceBreak) return undefined;
      if (doc.entries.length === 0) return '{}';
      const parts: string[] = [];
      for (const e of doc.entries) {
        const s = flatEntry(e);
        if (s === undefined) return undefined;
        parts.push(s);
      }
      return `{ ${parts.join(', ')} }`;
    }
    case 'arr': {
      const parts: string[] = [];
      for (const item of doc.items) {
        const s = flat(item);
        if (s === undefined) return undefined;
        parts.push(s);
      }
      return `[${parts.join(', ')}]`;
    }
    case 'call': {
      const callee = flat(doc.callee);
      if (callee === undefined) return undefined;
      const args: string[] = [];
      for (const a of doc.args) {
        const s = flat(a);
        if (s === undefined) return undefined;
        args.push(s);
      }
      return `${callee}${doc.typeArgs ?? ''}(${args.join(', ')})`;
    }
    case 'arrow': {
      const body = flat(doc.body);
      if (body === undefined) return undefined;
      const wrappedBody = doc.body.kind === 'obj' ? `(${body})` : body;
      return `${doc.async ? 'async ' : ''}(${doc.params}) => ${wrappedBody}`;
    }
    case 'block':
      return doc.stmts.length === 0 ? `${doc.async ? 'async ' : ''}(${doc.params}) => {}` : undefined;
    case 'concat': {
      let out = '';
      for (const p of doc.parts) {
        const s = flat(p);
        if (s === undefined) return undefined;
        out += s;
      }
      return out;
    }
  }
}

function flatEntry(e: Entry): string | undefined {
  if ('member' in e) return e.member.includes('\n') ? undefined : e.member;
  if ('shorthand' in e) return e.shorthand;
  if ('spread' in e) {
    const s = flat(e.spread);
    return s === undefined ? undefined : `...${s}`;
  }
  const v = flat(e.value);
  return v === undefined ? undefined : `${e.key}: ${v}`;
}

/** Re-indents multi-line raw text: lines after the first get `indent` prepended (blank lines stay blank). */
export function indentRaw(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line.trim() === '' ? (i === 0 ? line : '') : indent + line))
    .join('\n');
}

function lastLineLength(text: string, startCol: number): number {
  const nl = text.lastIndexOf('\n');
  return nl < 0 ? startCol + visualLength(text) : visualLength(text.slice(nl + 1));
}

/**
 * Prints a doc whose first character goes at column `col` on a line indented by `indent`. `reserve` is the
 * number of characters that must still fit after the doc on its last line (a `,` or `);`).
 */
export function print(doc: Doc, indent: string, col: number, opts: PrintOptions, reserve = 1): string {
  const f = flat(doc);
  if (f !== undefined && col + visualLength(f) + reserve <= opts.width) return f;
  const inner = indent + opts.indent;
  const comma = opts.trailingComma ? ',' : '';
  switch (doc.kind) {
    case 'raw':
      return indentRaw(doc.text, indent);
    case 'obj': {
      if (doc.entries.length === 0) return '{}';
      const lines = doc.entries.map((e) => inner + printEntry(e, inner, opts));
      return `{\n${lines.join(',\n')}${comma}\n${indent}}`;
    }
    case 'arr': {
      const lines = doc.items.map((item) => inner + print(item, inner, visualLength(inner), opts));
      return `[\n${lines.join(',\n')}${comma}\n${indent}]`;
    }
    case 'call': {
      const callee = print(doc.callee, indent, col, opts, 0);
      const head = `${callee}${doc.typeArgs ?? ''}(`;
      const headCol = lastLineLength(head, col);
      const last = doc.args[doc.args.length - 1];
      const others = doc.args.slice(0, -1).map(flat);
      if (last && huggable(last) && others.every((o) => o !== undefined)) {
        const prefix = others.length ? `${others.join(', ')}, ` : '';
        // A sole object/function argument is always kept on the call line (as Prettier does).
        if (others.length === 0 || headCol + visualLength(prefix) + 1 <= opts.width) {
          return `${head}${prefix}${print(last, indent, headCol + visualLength(prefix), opts, reserve + 1)})`;
        }
      }
      if (doc.args.length === 0) return `${head})`;
      const lines = doc.args.map((a) => inner + print(a, inner, visualLength(inner), opts));
      return `${head}\n${lines.join(',\n')}${comma}\n${indent})`;
    }
    case 'arrow': {
      const head = `${doc.async ? 'async ' : ''}(${doc.params}) =>`;
      if (doc.body.kind === 'obj') {
        return `${head} (${print(doc.body, indent, col + visualLength(head) + 2, opts, reserve + 1)})`;
      }
      if (doc.body.kind === 'block' || doc.body.kind === 'arrow') {
        return `${head} ${print(doc.body, indent, col + visualLength(head) + 1, opts, reserve)}`;
      }
      return `${head}\n${inner}${print(doc.body, inner, visualLength(inner), opts, reserve)}`;
    }
    case 'block': {
      const head = `${doc.async ? 'async ' : ''}(${doc.params}) => {`;
      const lines = doc.stmts.map((s) => inner + print(s, inner, visualLength(inner), opts, 0));
      return `${head}\n${lines.join('\n')}\n${indent}}`;
    }
    case 'concat': {
      let out = '';
      let c = col;
      doc.parts.forEach((p, i) => {
        const s = print(p, indent, c, opts, i === doc.parts.length - 1 ? reserve : 0);
        out += s;
        c = lastLineLength(s, c);
      });
      return out;
    }
  }
}

/** A last argument Prettier keeps on the call line: object/array literal, function, multi-line literal text. */
function huggable(doc: Doc): boolean {
  if (doc.kind === 'obj' || doc.kind === 'block' || doc.kind === 'arrow' || doc.kind === 'arr') return true;
  if (doc.kind === 'raw') return doc.text.includes('\n') && /^[{[(]|^async\b|=>/.test(doc.text.trim());
  return false;
}

function printEntry(e: Entry, indent: string, opts: PrintOptions): string {
  if ('member' in e) return indentRaw(e.member, indent);
  if ('shorthand' in e) return e.shorthand;
  if ('spread' in e) return `...${print(e.spread, indent, visualLength(indent) + 3, opts)}`;
  return `${e.key}: ${print(e.value, indent, visualLength(indent) + e.key.length + 2, opts)}`;
}

/** Removes the common indentation of lines 2..n of a text slice whose first line started at `baseIndent`. */
export function dedent(text: string, baseIndent: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.length === 1) return text;
  return lines
    .map((line, i) => {
      if (i === 0) return line;
      if (line.startsWith(baseIndent)) return line.slice(baseIndent.length);
      return line.replace(/^[ \t]*/, (ws) => (ws.length > baseIndent.length ? ws.slice(baseIndent.length) : ''));
    })
    .join('\n');
}
