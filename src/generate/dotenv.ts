/**
 * A dotenv file read the way Next.js reads it: `@next/env` parses each file with dotenv's `parse`
 * (dotenv 16.3) and then expands `$VAR` references (dotenv-expand). This tokenizer runs dotenv's own
 * line pattern, with capture groups added, so it finds the same entries, and it keeps where each value
 * sits in the original text so that one value can be replaced without touching any other byte.
 */

/**
 * dotenv 16.3's `LINE`, groups added: `key`, `separator` and `value` (everything dotenv captures as the
 * value, before it trims it and strips its quotes). Multi-line values are quoted; `#` starts a comment
 * outside quotes; `export ` and `KEY: value` are accepted.
 */
const LINE =
  /(?:^|^)\s*(?:export\s+)?(?<key>[\w.-]+)(?<separator>\s*=\s*?|:\s+?)(?<value>\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;

export interface DotenvEntry {
  key: string;
  /** The value as dotenv gives it to Next.js, before `$VAR` expansion. */
  value: string;
  /** Where the value's characters are in the original text (inside the quotes; empty for `KEY=`). */
  start: number;
  end: number;
}

/**
 * Offsets in the text dotenv parses (every CRLF and lone CR turned into LF) mapped back to offsets in
 * the original text; one entry per character, plus the end.
 */
function normalize(text: string): { normalized: string; original: number[] } {
  const original: number[] = [];
  let normalized = '';
  for (let i = 0; i < text.length; i++) {
    original.push(i);
    if (text[i] === '\r') {
      normalized += '\n';
      if (text[i + 1] === '\n') i++;
    } else {
      normalized += text[i];
    }
  }
  original.push(text.length);
  return { normalized, original };
}

/** Every `KEY=value` entry of a dotenv file, in order; when a key repeats, dotenv (and Next.js) use the last. */
export function parseDotenv(text: string): DotenvEntry[] {
  const { normalized, original } = normalize(text);
  const entries: DotenvEntry[] = [];
  for (const match of normalized.matchAll(LINE)) {
    const groups = match.groups!;
    const indices = match.indices!.groups!;
    const captured = groups.value ?? '';
    const afterSeparator = indices.separator![1];
    const [capturedStart] = indices.value ?? [afterSeparator];
    const trimmed = captured.trim();
    let start = capturedStart + (captured.length - captured.trimStart().length);
    let end = start + trimmed.length;
    // dotenv strips one pair of matching quotes from the trimmed value, quoted or not by the pattern.
    let value = trimmed;
    if (/^(['"`])[\s\S]*\1$/.test(trimmed)) {
      value = trimmed.slice(1, -1);
      start++;
      end--;
    }
    // As dotenv does: after a leading double quote, even an unclosed one, \n and \r are line breaks.
    if (trimmed.startsWith('"')) value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    entries.push({ key: groups.key!, value, start: original[start]!, end: original[end]! });
  }
  return entries;
}

/** The entry dotenv uses for `key`: its last one. */
export function lastEntry(entries: DotenvEntry[], key: string): DotenvEntry | undefined {
  return entries.filter((entry) => entry.key === key).pop();
}

/** Values that read back as themselves in every dotenv form (bare or in any quotes), with nothing to expand. */
export function isPlainDotenvValue(value: string): boolean {
  return /^[^\s#'"`$\\]+$/.test(value);
}
