/** Characters JSON.stringify leaves raw that a terminal would hide or treat as a line break. */
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A value as a message shows it: JSON-quoted, so control and invisible characters are visible and it stays one line. */
export function showValue(value: string): string {
  return JSON.stringify(value).replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
