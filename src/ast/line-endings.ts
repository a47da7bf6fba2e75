export type LineEnding = '\n' | '\r\n' | '\r';

/** The line ending every line of `text` ends with; `undefined` when it has none or mixes them. */
export function uniformLineEnding(text: string): LineEnding | undefined {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  if (crlf > 0 && cr === 0 && lf === 0) return '\r\n';
  if (cr > 0 && crlf === 0 && lf === 0) return '\r';
  if (lf > 0 && crlf === 0 && cr === 0) return '\n';
  return undefined;
}

/**
 * The edits read lines as ending in `\n`. A text whose lines all end in CRLF or all in CR is handed to them
 * with LF line ends, and `restore` gives the edited text the file's own line ends back. That is exact: every
 * `\n` of the converted text, copied or inserted, is a line end. Other texts (LF, or a mix) are edited as they are.
 */
export function withLfLineEnds(source: string): { text: string; restore: (edited: string) => string } {
  const eol = uniformLineEnding(source);
  if (eol === undefined || eol === '\n') return { text: source, restore: (edited) => edited };
  return { text: source.split(eol).join('\n'), restore: (edited) => edited.split('\n').join(eol) };
}
