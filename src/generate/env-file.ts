import type { Plan } from '../plan/plan.js';
import type { FileStore } from '../project/file-store.js';
import { showValue } from '../ui/show-value.js';
import { isPlainDotenvValue, lastEntry, parseDotenv, type DotenvEntry } from './dotenv.js';

export type EnvOutcome = 'added' | 'same' | 'replaced' | 'kept';

/** The file's last line break (CRLF, LF or CR), for the line appended after it. */
function lineBreakOf(text: string): string {
  return text.match(/\r\n|\r|\n/g)?.pop() ?? '\n';
}

const shown = (value: string) => (isPlainDotenvValue(value) ? value : showValue(value));

/** Whether `after` gives every key the value `before` gives it, except `key`, which is `value`. */
function onlyKeyChanged(before: DotenvEntry[], after: DotenvEntry[], key: string, value: string): boolean {
  const values = (entries: DotenvEntry[]) => new Map(entries.map((entry) => [entry.key, entry.value]));
  const expected = values(before).set(key, value);
  const actual = values(after);
  return actual.size === expected.size && [...expected].every(([name, wanted]) => actual.get(name) === wanted);
}

/**
 * Sets `key=value` in a dotenv file as Next.js reads it (see `parseDotenv`): appended when missing; an
 * existing different value (the last one, which is the one used) is kept and reported, or replaced with
 * `force`. Only those characters change: every other byte, line break and entry stays as it is.
 */
export function planEnvVariable(
  plan: Plan,
  files: FileStore,
  file: string,
  key: string,
  value: string,
  options: { force: boolean },
): EnvOutcome {
  if (!isPlainDotenvValue(value)) throw new Error(`${key}=${value} needs quoting in ${file}, which amplify-next does not write.`);
  const before = files.editableText(file);
  const text = before ?? '';
  const entries = parseDotenv(text);
  const current = lastEntry(entries, key);
  let after: string;
  let outcome: EnvOutcome;
  let reason: string;
  if (current === undefined) {
    const eol = lineBreakOf(text);
    const separator = text === '' || /[\r\n]$/.test(text) ? '' : eol;
    after = `${text}${separator}${key}=${value}${eol}`;
    outcome = 'added';
    reason = `sets ${key}=${value}`;
  } else {
    if (current.value === value) return 'same';
    if (!options.force) {
      plan.skipped.push({ path: file, reason: `${key} is ${shown(current.value)}, not ${value}; kept (--force replaces it)` });
      return 'kept';
    }
    after = text.slice(0, current.start) + value + text.slice(current.end);
    outcome = 'replaced';
    reason = `sets ${key}=${value} (was ${shown(current.value)}; --force)`;
  }
  // A plain value, spliced into a value or appended as a line of its own, cannot change another entry.
  if (!onlyKeyChanged(entries, parseDotenv(after), key, value)) throw new Error(`Setting ${key} in ${file} would change other entries.`);
  plan.changes.push({ path: file, kind: before === null ? 'create' : 'update', before, after, reason });
  return outcome;
}

/**
 * Next.js (`@next/env`) reads `.env.<mode>.local`, `.env.local` (not under NODE_ENV=test), `.env.<mode>`
 * and `.env`, and the first file that sets a variable wins (the process environment beats them all).
 * A note for each file that would hide `key=value` written to `.env.local` behind another value.
 */
export function shadowedEnvNotes(files: FileStore, key: string, value: string): string[] {
  const notes: string[] = [];
  for (const file of ['.env.development.local', '.env.production.local']) {
    const text = files.editableText(file);
    const entry = text === null ? undefined : lastEntry(parseDotenv(text), key);
    if (entry && entry.value !== value) {
      notes.push(`${file} sets ${key}=${shown(entry.value)}, and Next.js reads it before .env.local: change it there too.`);
    }
  }
  return notes;
}
