import { describe, expect, it } from 'vitest';
import { applySplices } from '../../src/ast/splices.js';
import { appendToList, bracedListSite } from '../../src/ast/lists.js';
import { detectCodeStyle } from '../../src/ast/code-style.js';
import { importedName } from '../../src/ast/import-statements.js';
import { parseModule } from '../../src/ast/parse.js';

describe('applySplices', () => {
  it('puts insertions at the same offset in the order they were added', () => {
    expect(
      applySplices('ab', [
        { start: 1, end: 1, text: '1' },
        { start: 1, end: 1, text: '2' },
      ]),
    ).toBe('a12b');
  });
  it('applies splices given in any order and drops one that overlaps a splice already applied', () => {
    const splices = [
      { start: 0, end: 1, text: 'X' },
      { start: 3, end: 5, text: 'Y' },
      { start: 4, end: 6, text: 'Z' },
    ];
    expect(applySplices('abcdefg', splices)).toBe('XbcdZg');
  });
  it('writes the line breaks of inserted text with the given line ending', () => {
    expect(applySplices('a\r\nb', [{ start: 1, end: 1, text: '\nc' }], '\r\n')).toBe('a\r\nc\r\nb');
  });
});

describe('appendToList', () => {
  it('keeps a rest element last in a destructuring pattern', () => {
    const source = 'const { a, ...rest } = value;\n';
    const ast = parseModule(source, 'x.ts');
    const declaration = ast.program.body[0];
    if (declaration?.type !== 'VariableDeclaration' || declaration.declarations[0]?.id.type !== 'ObjectPattern') throw new Error('fixture');
    const pattern = declaration.declarations[0].id;
    const site = bracedListSite(source, pattern, pattern.properties);
    const splices = appendToList(source, ast, site, detectCodeStyle(source, ast), () => ['b'], ' ') ?? [];
    expect(applySplices(source, splices)).toBe('const { a, b, ...rest } = value;\n');
  });
});

describe('importedName', () => {
  it('reads identifier and string names of import and re-export specifiers', () => {
    const ast = parseModule("import { a as b, 'c-d' as e } from 'm';\nexport { f as g } from 'm';\n", 'x.ts');
    const [imports, reexports] = ast.program.body;
    if (imports?.type !== 'ImportDeclaration' || reexports?.type !== 'ExportNamedDeclaration') throw new Error('fixture');
    const names = [...imports.specifiers, ...reexports.specifiers].map((s) =>
      s.type === 'ImportSpecifier' || s.type === 'ExportSpecifier' ? importedName(s) : '',
    );
    expect(names).toEqual(['a', 'c-d', 'f']);
  });
});
