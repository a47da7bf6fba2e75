/**
 * The result of an edit of a user's existing file.
 * - `changed`: `text` is the whole new file; everything not part of the edit is byte for byte the same
 *   (EOL, BOM, indentation, directives, comments).
 * - `unchanged`: the file already has what the edit adds (re-runs plan nothing).
 * - `manual`: the shape is not one we can edit safely; `reason` says why in one sentence and the
 *   caller prints a manual step instead of guessing.
 */
export type EditResult = { kind: 'changed'; text: string } | { kind: 'unchanged' } | { kind: 'manual'; reason: string };

export type ManualResult = Extract<EditResult, { kind: 'manual' }>;

export function manual(reason: string): ManualResult {
  return { kind: 'manual', reason };
}

export function isManual(value: unknown): value is ManualResult {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'manual';
}
