import type { File } from '@babel/types';
import { parseModule } from './parse.js';

/**
 * The file an edit works on: its text, with `\n` line ends, and the module parsed from exactly that text
 * (the project's file store hands over the parse it already made, so the file is not parsed again).
 * Edits only read the tree: it may be shared with every other reader of the file.
 */
export interface EditSource {
  text: string;
  ast: File;
}

/** An `EditSource` for a text no store has parsed (tests, text an earlier edit produced). */
export function parseEditSource(text: string, filePath: string): EditSource {
  return { text, ast: parseModule(text, filePath) };
}
