import { parse, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import tsParser from 'jscodeshift/parser/ts.js';
import tsxParser from 'jscodeshift/parser/tsx.js';

/** Babel plugins for a file, by extension: `.ts` never has JSX, everything else may. */
export function parserPluginsFor(filePath: string): ParserPlugin[] {
  const isTs = /\.(c|m)?ts$/.test(filePath);
  const isTsx = /\.tsx$/.test(filePath);
  if (isTs) return ['typescript', 'decorators-legacy'];
  if (isTsx) return ['typescript', 'jsx', 'decorators-legacy'];
  return ['jsx', 'typescript', 'decorators-legacy'];
}

/**
 * Parses a module with positions (`start`/`end` are offsets into `source`, BOM included, so text can be
 * spliced without reprinting). Throws a SyntaxError with `loc` on unparsable input.
 */
export function parseModule(source: string, filePath: string): File {
  return parse(source, {
    sourceType: 'module',
    allowReturnOutsideFunction: true,
    allowImportExportEverywhere: true,
    errorRecovery: false,
    plugins: parserPluginsFor(filePath),
  });
}

/** `parseModule`, for readers that only look: a file that does not parse gives `undefined`. */
export function tryParseModule(source: string, filePath: string): File | undefined {
  try {
    return parseModule(source, filePath);
  } catch {
    return undefined;
  }
}

interface JscodeshiftParser {
  parse(code: string): File;
}

/** jscodeshift's own parsers (the ones `--parser=ts|tsx` select), imported directly: no import.meta needed. */
const JSCODESHIFT_PARSERS: Record<'ts' | 'tsx', () => JscodeshiftParser> = { ts: tsParser, tsx: tsxParser };
const jscodeshiftParsers = new Map<string, JscodeshiftParser>();

/** jscodeshift parser for a file, by extension: `.ts` → 'ts', everything else (tsx/js/jsx/mjs/cjs) → 'tsx'. */
export function jscodeshiftParserFor(filePath: string): 'ts' | 'tsx' {
  return /\.(c|m)?ts$/.test(filePath) ? 'ts' : 'tsx';
}

/**
 * Parses with jscodeshift's own parser for the extension (what migrate-v5 and `jscodeshift -t` see). The
 * parser is called on the raw text (not through recast, which expands tabs before parsing), so `start`/`end`
 * are offsets into `source` (BOM included).
 */
export function parseLikeJscodeshift(source: string, filePath: string): File {
  const name = jscodeshiftParserFor(filePath);
  let parser = jscodeshiftParsers.get(name);
  if (!parser) {
    parser = JSCODESHIFT_PARSERS[name]();
    jscodeshiftParsers.set(name, parser);
  }
  return parser.parse(source);
}

export function isTypeScriptPath(filePath: string): boolean {
  return /\.(c|m)?tsx?$/.test(filePath);
}
