import type { File, ObjectExpression, ObjectProperty } from '@babel/types';
import { walk } from '../../src/ast/walk.js';
import { detectCodeStyle, type SourceStyle } from '../../src/ast/code-style.js';
import { applySplices, type Splice } from '../../src/ast/splices.js';
import type { EditResult } from './edit-result.js';
import type { EditSource } from '../../src/ast/edit-source.js';
import { findExportedObjects } from '../../src/ast/exported-objects.js';
import { keepsComments, PropertyMover } from '../../src/ast/property-move.js';
import { keyName } from '../../src/ast/object-properties.js';

export interface RenameServerComponentsPackagesKeyOptions {
  filePath: string;
  nextMajor: 13 | 14 | 15 | 16;
}

/** The key the Amplify docs tell people to add; no Next.js version reads it. */
const WRONG_KEY = 'serverComponentsPackages';
const NEXT_14_KEY = 'serverComponentsExternalPackages'; // inside `experimental`, Next.js 13 and 14
const NEXT_15_KEY = 'serverExternalPackages'; // top level, Next.js 15

type Step = { splices: Splice[] } | { reason: string };

/** Where the wrong key sits: in the config object, or in its `experimental` object. */
interface KeyLocation {
  config: ObjectExpression;
  property: ObjectProperty;
  experimental?: ObjectProperty & { value: ObjectExpression };
}

/**
 * Renames `serverComponentsPackages` in a next.config to the key the project's Next.js version reads:
 * `experimental.serverComponentsExternalPackages` on 13 and 14, top-level `serverExternalPackages` on 15.
 */
export function renameServerComponentsPackagesKey(input: EditSource, options: RenameServerComponentsPackagesKeyOptions): EditResult {
  const { filePath, nextMajor } = options;
  const { text: source, ast } = input;
  const mentions = mentionsOfWrongKey(ast);
  if (mentions === 0) return { kind: 'unchanged' };

  const locations = findExportedObjects(ast).flatMap(locateWrongKey);
  if (locations.length === 0 || mentions > 1) {
    return {
      kind: 'manual',
      reason: `${filePath} mentions ${WRONG_KEY} somewhere other than a config object this edit can follow statically.`,
    };
  }
  if (locations.length > 1) return { kind: 'manual', reason: `${filePath} sets ${WRONG_KEY} more than once.` };

  const edit = new ConfigEdit(source, ast, detectCodeStyle(source, ast), filePath);
  const step = nextMajor >= 15 ? edit.forNext15(locations[0]) : edit.forNext14(locations[0]);
  if ('reason' in step) return { kind: 'manual', reason: step.reason };
  const text = applySplices(source, step.splices);
  if (!keepsComments(ast, text, filePath)) {
    return { kind: 'manual', reason: `${filePath} has comments around ${WRONG_KEY} that moving it would lose.` };
  }
  return { kind: 'changed', text };
}

/** How many places name the wrong key (a shorthand property counts once). */
function mentionsOfWrongKey(ast: File): number {
  const starts = new Set<number>();
  walk(ast.program, (node) => {
    if ((node.type === 'Identifier' || node.type === 'StringLiteral') && keyName(node) === WRONG_KEY) starts.add(node.start ?? -1);
  });
  return starts.size;
}

function propertiesNamed(object: ObjectExpression, name: string): ObjectProperty[] {
  return object.properties.filter((p): p is ObjectProperty => p.type === 'ObjectProperty' && !p.computed && keyName(p.key) === name);
}

function locateWrongKey(config: ObjectExpression): KeyLocation[] {
  const found: KeyLocation[] = propertiesNamed(config, WRONG_KEY).map((property) => ({ config, property }));
  for (const experimental of propertiesNamed(config, 'experimental')) {
    if (experimental.value.type !== 'ObjectExpression') continue;
    const inner = experimental as ObjectProperty & { value: ObjectExpression };
    for (const property of propertiesNamed(inner.value, WRONG_KEY)) found.push({ config, property, experimental: inner });
  }
  return found;
}

class ConfigEdit {
  private readonly mover: PropertyMover;

  constructor(
    source: string,
    ast: File,
    private readonly style: SourceStyle,
    private readonly filePath: string,
  ) {
    this.mover = new PropertyMover(source, ast, style);
  }

  forNext15(location: KeyLocation): Step {
    const { config, property, experimental } = location;
    if (propertiesNamed(config, NEXT_15_KEY).length > 0) return this.targetExists(NEXT_15_KEY);
    if (!experimental) return { splices: [this.mover.renameKey(property, NEXT_15_KEY)] };
    return this.moveOutOfExperimental(experimental, property);
  }

  forNext14(location: KeyLocation): Step {
    const { config, property, experimental } = location;
    if (experimental) {
      if (propertiesNamed(experimental.value, NEXT_14_KEY).length > 0) return this.targetExists(`experimental.${NEXT_14_KEY}`);
      return { splices: [this.mover.renameKey(property, NEXT_14_KEY)] };
    }
    const experimentals = propertiesNamed(config, 'experimental');
    if (experimentals.length > 1) return { reason: `${this.filePath} sets experimental more than once.` };
    const existing = experimentals[0];
    if (!existing) return { splices: [this.wrapInExperimental(config, property)] };
    if (existing.value.type !== 'ObjectExpression') {
      return {
        reason: `${this.filePath} sets experimental to something other than an object literal, so ${WRONG_KEY} cannot be moved into it.`,
      };
    }
    if (propertiesNamed(existing.value, NEXT_14_KEY).length > 0) return this.targetExists(`experimental.${NEXT_14_KEY}`);
    return this.moveIntoExperimental(config, existing as ObjectProperty & { value: ObjectExpression }, property);
  }

  private targetExists(target: string): Step {
    return {
      reason: `${this.filePath} sets both ${WRONG_KEY} and ${target}, and merging the two package lists is a human decision.`,
    };
  }

  /** Next.js 13/14 without `experimental`: `experimental: { serverComponentsExternalPackages: … }` in its place. */
  private wrapInExperimental(config: ObjectExpression, property: ObjectProperty): Splice {
    const block = this.mover.block(property);
    const range = { start: property.start ?? 0, end: property.end ?? 0 };
    if (!block.ownLines) return { ...range, text: `experimental: { ${this.mover.renamedText(property, NEXT_14_KEY, '', '')} }` };
    const { eol, indent: unit } = this.style;
    const inner = block.indent + unit;
    const comma = this.mover.usesTrailingCommas(config) ? ',' : '';
    const text = `experimental: {${eol}${inner}${this.mover.renamedText(property, NEXT_14_KEY, block.indent, inner)}${comma}${eol}${block.indent}}`;
    return { ...range, text };
  }

  /** Next.js 13/14 with an `experimental` object: move the property into it, renamed. */
  private moveIntoExperimental(
    config: ObjectExpression,
    experimental: ObjectProperty & { value: ObjectExpression },
    property: ObjectProperty,
  ): Step {
    const target = experimental.value;
    const block = this.mover.block(property);
    const removal = this.mover.removeProperty(config, block);
    const last = target.properties[target.properties.length - 1];
    if (last) {
      const anchor = this.mover.block(last);
      return { splices: [...removal, ...this.mover.insertAfter(anchor, this.mover.moved(block, NEXT_14_KEY, anchor.indent))] };
    }
    if (this.mover.hasCommentsInside(target)) {
      return { reason: `${this.filePath} has an experimental object holding only comments, so it is not clear where ${NEXT_14_KEY} goes.` };
    }
    const outer = this.mover.block(experimental);
    const range = { start: target.start ?? 0, end: target.end ?? 0 };
    if (!outer.ownLines) {
      return { splices: [...removal, { ...range, text: `{ ${this.mover.moved(block, NEXT_14_KEY, '').text} }` }] };
    }
    const { eol, indent: unit } = this.style;
    const inner = outer.indent + unit;
    const moved = this.mover.moved(block, NEXT_14_KEY, inner);
    const comma = this.mover.usesTrailingCommas(config) ? ',' : '';
    const lines = [...moved.leading.map((line) => inner + line), `${inner}${moved.text}${comma}${moved.trailing}`];
    return { splices: [...removal, { ...range, text: `{${eol}${lines.join(eol)}${eol}${outer.indent}}` }] };
  }

  /** Next.js 15: `serverExternalPackages` is top level; drop `experimental` when nothing else is left in it. */
  private moveOutOfExperimental(experimental: ObjectProperty & { value: ObjectExpression }, property: ObjectProperty): Step {
    const block = this.mover.block(property);
    const outer = this.mover.block(experimental);
    const othersLeft = experimental.value.properties.length > 1 || this.mover.hasCommentsOutside(experimental.value, block);
    if (othersLeft) {
      const removal = this.mover.removeProperty(experimental.value, block);
      return { splices: [...removal, ...this.mover.insertAfter(outer, this.mover.moved(block, NEXT_15_KEY, outer.indent))] };
    }
    const moved = this.mover.moved(block, NEXT_15_KEY, outer.indent);
    const { eol } = this.style;
    const text = [...moved.leading, moved.text].join(eol + outer.indent);
    if (!outer.ownLines) return { splices: [{ start: experimental.start ?? 0, end: experimental.end ?? 0, text }] };
    // Own the rest of experimental's last line too, so the moved same-line comment lands after the comma.
    const end = outer.commaEnd ?? experimental.end ?? 0;
    const comma = outer.commaEnd !== undefined ? ',' : '';
    return {
      splices: [{ start: experimental.start ?? 0, end: end + outer.trailing.length, text: text + comma + moved.trailing + outer.trailing }],
    };
  }
}
