import { describe, expect, it } from 'vitest';
import { applyCodeStyle } from '../../src/generate/apply-code-style.js';
import { stripTypes } from '../../src/generate/strip-types.js';
import { STATIC_FILE_EXTENSIONS } from '../../src/generate/static-files.js';
import { renderTemplate, type TemplateName } from '../../src/generate/templates.js';
import { parseModule } from '../../src/ast/parse.js';

const values = {
  AMPLIFY_CONFIG: '@/amplify_outputs.json',
  SERVER_UTILS: '@/utils/amplifyServerUtils',
  SIGN_IN_PATH: '/sign-in',
  SIGN_IN_SEGMENT: 'sign-in',
  STATIC_EXTENSIONS: STATIC_FILE_EXTENSIONS,
  REDIRECT_ON_SIGN_IN: '/',
  REDIRECT_ON_SIGN_OUT: '/sign-in',
};
const templates: TemplateName[] = [
  'amplifyServerUtils.ts',
  'ConfigureAmplifyClientSide.tsx',
  'middleware.ts',
  '_app.tsx',
  'auth-route.app.ts',
  'auth-route.pages.ts',
  'AuthButtons.tsx',
];
const styles = [
  { quote: "'", semicolons: true, source: 'default' },
  { quote: '"', semicolons: true, source: 'prettier' },
  { quote: "'", semicolons: false, source: 'prettier' },
] as const;

describe.each(templates)('template %s', (name) => {
  it.each(styles)(
    'renders in TS and JS in the $quote / semicolons: $semicolons style, as valid code with no type syntax left in JS',
    (style) => {
      const ts = renderTemplate(name, values, { typescript: true, style });
      const js = renderTemplate(name, values, { typescript: false, style });
      expect(ts).not.toMatch(/__[A-Z_]+__/);
      parseModule(ts, 'x.tsx');
      const jsAst = parseModule(js, 'x.jsx');
      expect(JSON.stringify(jsAst.program)).not.toMatch(/"type":"TS/);
      if (style.quote === '"') expect(js).not.toMatch(/from '/);
      if (!style.semicolons) expect(js).not.toMatch(/;\n/);
    },
  );
});

describe('stripTypes', () => {
  it('removes type imports, type specifiers, annotations and generics, and keeps the rest byte for byte', () => {
    const source = `import type { A } from 'a';
import { type B, c } from 'b';

// keep me
export function f(x: A, { y }: { y: B }): string {
  const m = new Map<string, number>();
  return (x as unknown as string) + y + m.size + c;
}
`;
    expect(stripTypes(source, 'x.ts')).toBe(`import { c } from 'b';

// keep me
export function f(x, { y }) {
  const m = new Map();
  return (x) + y + m.size + c;
}
`);
  });

  it('throws on type syntax the templates must not use', () => {
    expect(() => stripTypes('enum E { A }\n', 'x.ts')).toThrow(/cannot strip TSEnumDeclaration/);
  });
});

describe('applyCodeStyle', () => {
  it('keeps JSX attribute quotes and semicolons that guard against ASI', () => {
    const source = `'use client';\n\nconst a = 'x';\n(() => a)();\nexport const B = () => <a href="/x">{'y'}</a>;\n`;
    expect(applyCodeStyle(source, { quote: '"', semicolons: false, source: 'prettier' })).toBe(
      `"use client"\n\nconst a = "x";\n(() => a)()\nexport const B = () => <a href="/x">{"y"}</a>\n`,
    );
  });

  it('leaves strings that contain the other quote alone', () => {
    expect(applyCodeStyle(`const a = 'say "hi"';\n`, { quote: '"', semicolons: true, source: 'prettier' })).toBe(`const a = 'say "hi"';\n`);
  });
});
