/** Characters a terminal would act on (line breaks, escape sequences) or hide (bidirectional controls). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

const SHORT: Record<string, string> = { '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every unprintable character written as its JSON escape, so that it shows as it is, on one line. */
export function visible(text: string): string {
  return text.replace(UNPRINTABLE, (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value as a message shows it: JSON-quoted, with its unprintable characters escaped. */
export function showValue(value: string): string {
  return visible(JSON.stringify(value));
}
