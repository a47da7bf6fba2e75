import type * as t from '@babel/types';
import { detectCodeStyle, detectStyle, type SourceStyle } from '../../../src/ast/code-style.js';
import { stringLiteral } from '../../../src/ast/string-literal.js';
import { isTypeScriptPath } from '../../../src/ast/parse.js';
import { Tree } from '../../../src/ast/tree.js';
import { importedName } from '../../../src/ast/import-statements.js';
import { applySplices, type Splice } from '../../../src/ast/splices.js';
import { arr, dedent, obj, raw, type Doc, type Entry, type PrintOptions } from '../output/print.js';
import { isBindingPosition, isValueReference } from './scope.js';
import { makeItem, noteComment, NOTE_PREFIX, todoComment, TODO_PREFIX, type ReviewCode } from '../output/review.js';
import type { MigrateOptions, ReviewItem } from '../migrate-result.js';

/** One import the migrated file needs. */
export interface ImportNeed {
  module: string;
  name: string;
  /** Local name (differs from `name` when the file already binds `name`). */
  local: string;
  typeOnly?: boolean;
}

/** A statement that keeps v5 code and gets a TODO line above it. */
export interface Todo {
  code: ReviewCode;
  reason: string;
  node: t.Node;
  /** Docs link when it differs from the code's default (REST/Storage items of shared codes). */
  url?: string;
}

/** Everything one file's migration shares: the tree, the style, the pending edits, the review list. */
export class FileMigration {
  readonly tree: Tree;
  readonly style: SourceStyle;
  readonly isTs: boolean;
  readonly trailingComma: boolean;
  readonly printOptions: PrintOptions;
  readonly splices: Splice[] = [];
  readonly review: ReviewItem[] = [];
  readonly imports: ImportNeed[] = [];
  /** Local names reserved by this run (new params, hoisted consts), to keep generated names unique. */
  readonly reserved = new Set<string>();
  usesGraphqlClient = false;
  /** Set when at least one v5 SSR unit was migrated. */
  migratedUnits = 0;
  private readonly todoKeys = new Set<string>();

  /** Snapshot of the planned work, to undo a unit's planning when it turns out not migratable. */
  checkpoint(): () => void {
    const splices = this.splices.length;
    const imports = this.imports.length;
    const reserved = new Set(this.reserved);
    const review = this.review.length;
    const usesGraphqlClient = this.usesGraphqlClient;
    return () => {
      this.splices.length = splices;
      this.imports.length = imports;
      this.reserved.clear();
      for (const r of reserved) this.reserved.add(r);
      this.review.length = review;
      this.usesGraphqlClient = usesGraphqlClient;
    };
  }

  constructor(
    readonly source: string,
    readonly filePath: string,
    readonly options: MigrateOptions,
    file: t.File,
  ) {
    this.tree = new Tree(source, file);
    this.style = { ...detectStyle(source), semicolons: detectCodeStyle(source, file).semicolons };
    this.isTs = isTypeScriptPath(filePath);
    this.trailingComma = detectTrailingComma(source);
    this.printOptions = { indent: this.style.indent, width: 80, trailingComma: this.trailingComma };
  }

  get semi(): string {
    return this.style.semicolons ? ';' : '';
  }

  quote(text: string): string {
    return stringLiteral(text, this.style.quote);
  }

  text(node: t.Node): string {
    return this.tree.text(node);
  }

  /** Indentation of the line where `offset` is. */
  indentAt(offset: number): string {
    const start = this.source.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.source.slice(start))?.[0] ?? '';
  }

  /** Column (visual) of an offset on its line. */
  columnAt(offset: number): number {
    const start = this.source.lastIndexOf('\n', offset - 1) + 1;
    return this.source
      .slice(start, offset)
      .replace(/\t/g, '  ')
      .replace(/^\uFEFF/, '').length;
  }

  addSplice(start: number, end: number, text: string): void {
    this.splices.push({ start, end, text });
  }

  replace(node: t.Node, text: string): void {
    this.addSplice(node.start!, node.end!, text);
  }

  /** Removes and returns the pending splices that lie inside [start, end). */
  extractSplices(start: number, end: number): Splice[] {
    const inside: Splice[] = [];
    for (let i = this.splices.length - 1; i >= 0; i--) {
      const s = this.splices[i];
      if (s.start >= start && s.end <= end) {
        inside.push(s);
        this.splices.splice(i, 1);
      }
    }
    return inside;
  }

  /**
   * The text of a node with the edits already planned inside it applied, dedented relative to the
   * indentation of the line it starts on, with `\n` line ends. The planned edits are consumed.
   */
  editedText(node: t.Node | { start: number; end: number }, start = node.start!, end = node.end!): string {
    // extractSplices hands them back last first: applied in the order they were planned.
    const inner = this.extractSplices(start, end)
      .reverse()
      .map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
    const text = applySplices(this.source.slice(start, end), inner);
    return dedent(text.replace(/\r\n/g, '\n'), this.indentAt(start));
  }

  /**
   * A node as a printable doc: a single-line object/array literal becomes a re-breakable doc (so it can be
   * laid out like Prettier would), anything else is the edited source text.
   */
  doc(node: t.Node): Doc {
    const singleLine = !this.source.slice(node.start!, node.end!).includes('\n');
    const touched = (a: number, b: number): boolean => this.splices.some((sp) => sp.start < b && sp.end > a);
    if (singleLine && node.type === 'ObjectExpression' && node.properties.length > 0) {
      const simple = node.properties.every(
        (p) => p.type === 'SpreadElement' || (p.type === 'ObjectProperty' && !p.computed && !touched(p.start!, p.value.start!)),
      );
      if (simple) {
        const entries: Entry[] = node.properties.map((p) => {
          if (p.type === 'SpreadElement') return { spread: raw(this.editedText(p.argument)) };
          const prop = p as t.ObjectProperty;
          if (prop.shorthand && prop.value.type === 'Identifier') return { shorthand: prop.value.name };
          return { key: this.source.slice(prop.key.start!, prop.key.end!), value: this.doc(prop.value) };
        });
        return obj(entries);
      }
    }
    if (
      singleLine &&
      node.type === 'ArrayExpression' &&
      node.elements.length > 0 &&
      node.elements.every((e) => e && e.type !== 'SpreadElement')
    ) {
      return arr(node.elements.map((e) => this.doc(e!)));
    }
    return raw(this.editedText(node));
  }

  /** `key: <node>`, or the shorthand `key` when the node is the identifier `key`. */
  entry(key: string, node: t.Node): Entry {
    if (node.type === 'Identifier' && node.name === key && !this.splices.some((sp) => sp.start < node.end! && sp.end > node.start!)) {
      return { shorthand: key };
    }
    return { key, value: this.doc(node) };
  }

  need(module: string, name: string, typeOnly = false): void {
    this.importName(module, name, typeOnly);
  }

  /**
   * Records that the output imports `name` from `module` and returns the local name to use: the existing
   * import's local if the file already imports it, `name` when free, else an alias (`getCurrentUserServer`).
   */
  importName(module: string, name: string, typeOnly = false): string {
    const planned = this.imports.find((i) => i.module === module && i.name === name);
    if (planned) {
      if (!typeOnly) planned.typeOnly = false;
      return planned.local;
    }
    const existing = this.existingImport(module, name);
    let local = existing ?? name;
    if (!existing && (this.declares(name) || this.reserved.has(name))) {
      local = this.uniqueName(`${name}${aliasSuffix(module)}`);
    }
    if (!existing) this.reserved.add(local);
    this.imports.push({ module, name, local, typeOnly });
    return local;
  }

  /** Local name of `name` imported from `module` in the input file. */
  existingImport(module: string, name: string): string | undefined {
    for (const stmt of this.tree.program.body) {
      if (stmt.type !== 'ImportDeclaration' || stmt.source.value !== module) continue;
      for (const s of stmt.specifiers) {
        if (s.type !== 'ImportSpecifier') continue;
        const imported = importedName(s);
        if (imported === name) return s.local.name;
      }
    }
    return undefined;
  }

  private declaredNames?: Set<string>;

  /** Is `name` declared anywhere in the file (any scope)? */
  declares(name: string): boolean {
    if (!this.declaredNames) {
      this.declaredNames = new Set();
      for (const node of this.tree.all) {
        if (node.type === 'Identifier' && isBindingPosition(this.tree, node)) this.declaredNames.add(node.name);
        if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') {
          this.declaredNames.add(node.local.name);
        }
      }
    }
    return this.declaredNames.has(name);
  }

  info(node: t.Node, code: ReviewCode, reason: string): void {
    // The storage key-API deprecation is reported once per file.
    if (code === 'deprecated-key-api' && this.review.some((r) => r.code === code)) return;
    const item = makeItem(this.source, node, code, reason, 'info');
    if (!this.review.some((r) => r.line === item.line && r.code === item.code && r.level === 'info')) this.review.push(item);
  }

  /**
   * Reports a TODO and inserts the marker line above the statement, unless the same marker is already
   * there (re-runs) or was already added in this run.
   */
  todo(todo: Todo): void {
    const stmt = todo.node;
    const key = `${stmt.start}:${todo.code}`;
    if (this.todoKeys.has(key)) return;
    this.todoKeys.add(key);
    this.review.push(makeItem(this.source, stmt, todo.code, todo.reason, 'todo', todo.url));
    this.marker(stmt, TODO_PREFIX, todoComment(todo.code, todo.url), todo.code);
  }

  /**
   * An info item of migrated code, with a NOTE marker above its statement so that a later run (which finds
   * v6 code there) lists it again until someone has looked and removed the marker.
   */
  note(node: t.Node, code: ReviewCode, reason: string): void {
    const before = this.review.length;
    this.info(node, code, reason);
    if (this.review.length === before) return;
    const stmt = this.tree.statementOf(node);
    const key = `${stmt.start}:${code}:note`;
    if (this.todoKeys.has(key)) return;
    this.todoKeys.add(key);
    this.marker(stmt, NOTE_PREFIX, noteComment(code), code);
  }

  private marker(stmt: t.Node, prefix: string, comment: string, code: string): void {
    const lineStart = this.source.lastIndexOf('\n', stmt.start! - 1) + 1;
    if (this.hasMarkerAbove(lineStart, prefix, code)) return;
    const indent = this.indentAt(stmt.start!);
    const prefixText = this.source.slice(lineStart, stmt.start!);
    // After a BOM; a statement that does not start its line (`if (x) return …`) gets the marker on its own line anyway.
    const at = lineStart + (/^[ \t]*\uFEFF?$/.test(prefixText) && prefixText.startsWith('\uFEFF') ? 1 : 0);
    this.addSplice(at, at, `${indent}${comment}\n`);
  }

  private hasMarkerAbove(lineStart: number, prefix: string, code: string): boolean {
    let end = lineStart - 1;
    // Walk up over comment lines directly above the statement.
    while (end > 0) {
      const start = this.source.lastIndexOf('\n', end - 1) + 1;
      const line = this.source.slice(start, end).replace(/\r$/, '').trim();
      if (!line.startsWith('//') && !line.startsWith('/*') && !line.startsWith('*')) return false;
      if (line.includes(`${prefix} ${code}:`)) return true;
      end = start - 1;
    }
    return false;
  }

  /** A name not bound anywhere in the file nor reserved in this run. */
  uniqueName(base: string, avoid: (name: string) => boolean = () => false): string {
    const taken = (n: string): boolean => this.reserved.has(n) || this.fileBinds(n) || avoid(n);
    let name = base;
    let i = 2;
    while (taken(name)) name = `${base}${i++}`;
    this.reserved.add(name);
    return name;
  }

  private boundNames?: Set<string>;

  /** Is `name` declared or read as a value anywhere in the file (property names do not count)? */
  fileBinds(name: string): boolean {
    if (!this.boundNames) {
      this.boundNames = new Set();
      for (const node of this.tree.all) {
        if (node.type === 'Identifier' && (isValueReference(this.tree, node) || isBindingPosition(this.tree, node))) {
          this.boundNames.add(node.name);
        }
      }
    }
    return this.boundNames.has(name) || this.declares(name);
  }
}

function aliasSuffix(module: string): string {
  if (module.endsWith('/server')) return 'Server';
  return 'V6';
}

/** Does the file put trailing commas in multi-line object/array literals and calls? Default: yes. */
function detectTrailingComma(source: string): boolean {
  const withComma = (source.match(/^[ \t]+[\w$'"]+:[^\n]*,[ \t]*\r?\n[ \t]*[}\]]/gm) ?? []).length;
  const without = (source.match(/^[ \t]+[\w$'"]+:[^\n]*[^,{[(\s][ \t]*\r?\n[ \t]*[}\]]/gm) ?? []).length;
  if (withComma === 0 && without === 0) return true;
  return withComma >= without;
}
