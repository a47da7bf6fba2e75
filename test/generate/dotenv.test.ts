import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/generate/dotenv.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

// Next.js itself, as the oracle: @next/env loads .env.local with dotenv's parser and dotenv-expand.
const { loadEnvConfig } = createRequire(import.meta.url)('@next/env') as {
  loadEnvConfig(dir: string, dev: boolean, log: object, forceReload: boolean): { parsedEnv: Record<string, string> };
};

function nextReads(text: string): Record<string, string> {
  const root = makeTree({ '.env.local': text });
  // Under NODE_ENV=test (set by the test runner) Next.js does not read .env.local at all.
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    const { parsedEnv } = loadEnvConfig(root, true, { info() {}, error() {} }, true);
    for (const key of Object.keys(parsedEnv)) delete process.env[key];
    return { ...parsedEnv };
  } finally {
    process.env.NODE_ENV = mode;
  }
}

// Keys start with ZZ_ so that none is in the test's own environment (which would win over the file).
const FILES: Array<[string, string]> = [
  ['LF lines', 'ZZ_A=1\nZZ_B=2\n'],
  ['CRLF, lone CR and no final line break', 'ZZ_A=1\r\nZZ_B=2\rZZ_C=3'],
  ['export, spaces around =, KEY: value, empty values', 'export ZZ_A = "x y" # note\nZZ_B: v\nZZ_C=\nZZ_D=   \nZZ_E=""\n'],
  ['a multi-line value holding a KEY= line', 'ZZ_CERT="-----BEGIN\nZZ_ORIGIN=http://evil\n-----END"\nZZ_B=2\n'],
  ['multi-line single and backtick quotes', "ZZ_A='a\nb'\nZZ_B=`c\nd`\n"],
  ['a multi-line value with CRLF inside', 'ZZ_A="a\r\nb"\r\nZZ_B=c\r\n'],
  ['an unclosed quote', 'ZZ_A="abc\nZZ_B=2\n'],
  ['\\n in double quotes only', 'ZZ_A="l1\\nl2"\nZZ_B=\'l1\\nl2\'\n'],
  ['a BOM', '\uFEFFZZ_A=1\n'],
  ['dots and dashes in keys', 'zz.a-b=1\n'],
  ['a duplicate key: the last wins', 'ZZ_A=first\nZZ_A=last\n'],
  ['a value on the next line', 'ZZ_A=\n"quoted"\n'],
  ['comments', '# ZZ_X=1\nZZ_A=#not a value\nZZ_B=a#b\nZZ_C="x # y" # z\n  ZZ_D=2 # trailing\n'],
  ['quotes inside a value', "ZZ_A='a'b'\nZZ_B=it's\n"],
];

describe('parseDotenv reads a file as Next.js does', () => {
  it.each(FILES)('%s', (_, text) => {
    const entries = parseDotenv(text);
    const lastWins = Object.fromEntries(entries.map((entry) => [entry.key, entry.value]));
    expect(lastWins).toEqual(nextReads(text));
  });

  it.each(FILES)('%s: each value range holds exactly that value', (_, text) => {
    const entries = parseDotenv(text);
    entries.forEach((entry, index) => {
      // Replace one occurrence's characters: the file then reads the marker there, everything else unchanged.
      const edited = text.slice(0, entry.start) + 'MARKER' + text.slice(entry.end);
      const reread = parseDotenv(edited);
      expect(reread.map((e) => e.key)).toEqual(entries.map((e) => e.key));
      expect(reread[index]!.value).toBe('MARKER');
      reread.forEach((e, i) => {
        if (i !== index) expect(e.value).toBe(entries[i]!.value);
      });
    });
  });
});
