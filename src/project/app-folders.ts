import fs from 'node:fs';

/** The entries of `dir`, sorted by name; `[]` when it cannot be listed (gone, not a folder, no permission). */
export function folderEntries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/**
 * App Router folders that are never part of a route and cannot hold a root layout: private (`_x`), hidden
 * (`.x`), parallel slots (`@x`) and intercepting routes (`(.)x`, `(..)x`).
 */
export function isOutsideRouting(folder: string): boolean {
  return /^[_.@]|^\(\./.test(folder);
}
