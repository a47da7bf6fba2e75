import type { File } from '@babel/types';
import { ProjectError } from '../errors.js';
import { parseModule } from '../ast/parse.js';
export { exportsName } from '../ast/exported-names.js';
export { importsFrom } from '../ast/import-statements.js';

/** Parses a user's file, turning a syntax error into a one-line project error. */
export function parseUserFile(source: string, file: string): File {
  try {
    return parseModule(source, file);
  } catch (error) {
    const err = error as Error & { loc?: { line: number; column: number } };
    const where = err.loc ? `:${err.loc.line}:${err.loc.column + 1}` : '';
    const message = err.message.replace(/\s*\(\d+:\d+\)$/, '');
    throw new ProjectError(`${file}${where} cannot be parsed: ${message}.`, `Fix the syntax error in ${file}, then run again.`);
  }
}

