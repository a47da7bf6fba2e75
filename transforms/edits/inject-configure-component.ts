import type { File, JSXElement, Node } from '@babel/types';
import { findAll } from '../../src/ast/walk.js';
import { collectBindings } from '../../src/ast/bindings.js';
import { defaultImportLocal, formatImport, insertAfterImports } from '../../src/ast/import-statements.js';
import { indentationAt, lineStart, spansLines, startsLine } from '../../src/ast/text-positions.js';
import { detectCodeStyle, type SourceStyle } from '../../src/ast/code-style.js';
import { applySplices, type Splice } from '../../src/ast/splices.js';
import type { EditResult } from './edit-result.js';
import type { EditSource } from '../../src/ast/edit-source.js';

export interface InjectConfigureComponentOptions {
  filePath: string;
  componentName: string;
  importSpecifier: string;
}

/**
 * Adds `import ComponentName from 'importSpecifier'` to an App Router root layout and renders
 * `<ComponentName />` as the first child of its single `<body>` element.
 */
export function injectConfigureComponent(input: EditSource, options: InjectConfigureComponentOptions): EditResult {
  const { filePath, componentName, importSpecifier } = options;
  const { text: source, ast } = input;
  const style = detectCodeStyle(source, ast);

  const importedAs = defaultImportLocal(ast, importSpecifier);
  const elementName = importedAs ?? componentName;
  const rendered = rendersElement(ast, elementName);
  const conflicts = collectBindings(ast).filter(
    (binding) =>
      binding.name === elementName && !(binding.importedFrom?.source === importSpecifier && binding.importedFrom.kind === 'default'),
  );
  if (conflicts.length > 0) {
    // Imported from another path and rendered already: the project set it up its own way.
    if (rendered && conflicts.every((binding) => binding.importedFrom)) return { kind: 'unchanged' };
    return {
      kind: 'manual',
      reason: `${filePath} already declares a binding named ${componentName} that is not the default import of '${importSpecifier}', so <${componentName} /> cannot be added without a name clash.`,
    };
  }

  const splices: Splice[] = [];
  if (!rendered) {
    const render = renderFirstInBody(source, ast, style, elementName, filePath);
    if ('reason' in render) return { kind: 'manual', reason: render.reason };
    splices.push(...render.splices);
  }
  if (!importedAs) {
    splices.push(...insertAfterImports(source, ast, style, { imports: [formatImport(style, componentName, importSpecifier)] }));
  }
  if (splices.length === 0) return { kind: 'unchanged' };
  return { kind: 'changed', text: applySplices(source, splices) };
}

function rendersElement(ast: File, name: string): boolean {
  return findJsxElements(ast, name).length > 0;
}

function findJsxElements(ast: File, name: string): JSXElement[] {
  return findAll(
    ast.program,
    (node: Node): node is JSXElement =>
      node.type === 'JSXElement' && node.openingElement.name.type === 'JSXIdentifier' && node.openingElement.name.name === name,
  );
}

/** Splices that put `<elementName />` on its own line as the first child of the file's single `<body>`. */
function renderFirstInBody(
  source: string,
  ast: File,
  style: SourceStyle,
  elementName: string,
  filePath: string,
): { splices: Splice[] } | { reason: string } {
  const bodies = findJsxElements(ast, 'body');
  if (bodies.length === 0) {
    return {
      reason: `${filePath} has no literal <body> element (it may be rendered by another component or by a nested layout), so there is no place to render <${elementName} /> safely.`,
    };
  }
  if (bodies.length > 1) {
    return { reason: `${filePath} renders <body> in more than one place, so it is not clear where <${elementName} /> belongs.` };
  }
  const body = bodies[0];
  if (!body.closingElement) {
    return { reason: `${filePath} renders <body /> without children, so there is no place to render <${elementName} /> safely.` };
  }

  const { eol } = style;
  const element = `<${elementName} />`;
  const openEnd = body.openingElement.end ?? 0;
  const closeStart = body.closingElement.start ?? 0;
  const bodyIndent = indentationAt(source, body.start ?? 0);
  const content = contentRange(source, body);

  if (!content) {
    if (spansLines(source, openEnd, closeStart) && startsLine(source, closeStart)) {
      const at = lineStart(source, closeStart);
      return { splices: [{ start: at, end: at, text: bodyIndent + style.indent + element + eol }] };
    }
    const childIndent = bodyIndent + style.indent;
    return { splices: [{ start: openEnd, end: closeStart, text: eol + childIndent + element + eol + bodyIndent }] };
  }

  if (spansLines(source, openEnd, content.start)) {
    const at = lineStart(source, content.start);
    return { splices: [{ start: at, end: at, text: indentationAt(source, content.start) + element + eol }] };
  }

  // Children start on the `<body>` line: break the line after `<body ...>`, and before `</body>` when it
  // shares the line of the last child, so the result reads as if written by hand.
  const childIndent = bodyIndent + style.indent;
  const splices: Splice[] = [{ start: openEnd, end: content.start, text: eol + childIndent + element + eol + childIndent }];
  if (!spansLines(source, content.end, closeStart)) {
    splices.push({ start: content.end, end: closeStart, text: eol + bodyIndent });
  }
  return { splices };
}

/** The offsets of the body's children without the whitespace around them, or undefined when it has none. */
function contentRange(source: string, body: JSXElement): { start: number; end: number } | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (const child of body.children) {
    const childStart = child.start ?? 0;
    const childEnd = child.end ?? 0;
    const text = source.slice(childStart, childEnd);
    if (child.type === 'JSXText' && text.trim() === '') continue;
    const leading = child.type === 'JSXText' ? text.length - text.trimStart().length : 0;
    const trailing = child.type === 'JSXText' ? text.length - text.trimEnd().length : 0;
    start ??= childStart + leading;
    end = childEnd - trailing;
  }
  return start === undefined || end === undefined ? undefined : { start, end };
}
