/** A text edit: replace `source.slice(start, end)` with `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies splices (in any order) to `source`. Insertions at the same offset land in the order they were
 * added. A splice that overlaps one applied before it (a later start wins) is dropped, so an edit never
 * cuts through another. With `eol`, every line break in the inserted texts is written as `eol`.
 */
export function applySplices(source: string, splices: readonly Splice[], eol?: string): string {
  const sorted = splices
    .map((splice, index) => ({ splice, index }))
    .sort((a, b) => b.splice.start - a.splice.start || b.splice.end - a.splice.end || b.index - a.index);
  let out = source;
  let appliedFrom = Infinity;
  for (const { splice } of sorted) {
    if (splice.end > appliedFrom) continue;
    const text = eol === undefined ? splice.text : splice.text.replace(/\r?\n/g, eol);
    out = out.slice(0, splice.start) + text + out.slice(splice.end);
    appliedFrom = splice.start;
  }
  return out;
}
