import { parse, type ParserOptions, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import tsOptions from 'jscodeshift/parser/tsOptions.js';

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

/** jscodeshift's own parser options (the ones `--parser=ts|tsx` select), read from jscodeshift itself. */
const jscodeshiftOptions: ParserOptions = tsOptions;

/**
 * Options for jscodeshift's `ts` or `tsx` parser, without its token list: the transforms splice text by
 * node offsets and never read tokens, which cost a third of the parse. What parses is the same.
 */
const JSCODESHIFT_PARSER_OPTIONS: Record<'ts' | 'tsx', ParserOptions> = {
  ts: { ...jscodeshiftOptions, tokens: false },
  tsx: { ...jscodeshiftOptions, tokens: false, plugins: ['jsx', ...(jscodeshiftOptions.plugins ?? [])] },
};

/** jscodeshift parser for a file, by extension: `.ts` → 'ts', everything else (tsx/js/jsx/mjs/cjs) → 'tsx'. */
export function jscodeshiftParserFor(filePath: string): 'ts' | 'tsx' {
  return /\.(c|m)?ts$/.test(filePath) ? 'ts' : 'tsx';
}

/**
 * Parses as jscodeshift's own parser for the extension does (what migrate-v5 and `jscodeshift -t` see). The
 * text is parsed as it is (not through recast, which expands tabs before parsing), so `start`/`end` are
 * offsets into `source` (BOM included).
 */
export function parseLikeJscodeshift(source: string, filePath: string): File {
  return parse(source, JSCODESHIFT_PARSER_OPTIONS[jscodeshiftParserFor(filePath)]) as File;
}

export function isTypeScriptPath(filePath: string): boolean {
  return /\.(c|m)?tsx?$/.test(filePath);
}
