import { parseExpression } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { stringLiteral } from '../../src/ast/string-literal.js';

const VALUES = [
  'plain',
  "it's",
  'say "hi"',
  `both ' and "`,
  'back\\slash \\\' \\"',
  'lines\nand\r\nbreaks\u2028\u2029',
  'tab\tnul\u0000 del\u007f nel\u0085',
  'bidi \u202e override \u2066 isolate',
  'lone \ud800 surrogate \udfff',
  'pair 😀 kept',
  'bom \ufeff',
  '',
];

describe('stringLiteral', () => {
  it.each(["'", '"'] as const)('in %s quotes: one line that reads back as the same string', (quote) => {
    for (const value of VALUES) {
      const literal = stringLiteral(value, quote);
      expect(literal.startsWith(quote) && literal.endsWith(quote)).toBe(true);
      expect(literal).not.toMatch(/[\n\r\u2028\u2029\u202e\u2066]/);
      const node = parseExpression(literal);
      expect(node.type).toBe('StringLiteral');
      expect((node as { value: string }).value).toBe(value);
    }
  });

  it('escapes only what needs it', () => {
    expect(stringLiteral(`@/lib/amplify'utils`, "'")).toBe(`'@/lib/amplify\\'utils'`);
    expect(stringLiteral(`@/lib/amplify'utils`, '"')).toBe(`"@/lib/amplify'utils"`);
    expect(stringLiteral('pair 😀 kept', "'")).toBe("'pair 😀 kept'");
  });
});
