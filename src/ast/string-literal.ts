export type Quote = "'" | '"';

const SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/**
 * Characters a string literal must not hold raw, or that would make the code unreadable or deceptive:
 * the backslash, control characters, line and paragraph separators, bidirectional overrides, lone
 * surrogates.
 */
const NEEDS_ESCAPE =
  /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeCharacter(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `value` as the text between the quotes of a JS string literal written with `quote`. */
export function stringLiteralContent(value: string, quote: Quote): string {
  return value.replace(NEEDS_ESCAPE, escapeCharacter).split(quote).join(`\\${quote}`);
}

/** `value` as a JS string literal written with `quote`: the one way generated code spells a string. */
export function stringLiteral(value: string, quote: Quote): string {
  return quote + stringLiteralContent(value, quote) + quote;
}
