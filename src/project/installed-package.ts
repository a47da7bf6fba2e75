import path from 'node:path';
import { readUtf8File } from './read-file.js';

/**
 * The `version` of the package `name` as installed for the project: its package.json in the nearest
 * `node_modules` from `root` up, as Node finds it. Read with the project reader, so a FIFO or device
 * there cannot block the run; anything unreadable counts as not installed.
 */
export function installedVersion(root: string, name: string): string | undefined {
  const version = installedManifest(root, name)?.version;
  return typeof version === 'string' ? version : undefined;
}

/** The package.json of the installed package `name` (found as `installedVersion` finds it), or `undefined`. */
export function installedManifest(root: string, name: string): Record<string, unknown> | undefined {
  for (let dir = root; ;) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    try {
      const text = readUtf8File(file, file);
      if (text !== null) {
        const manifest: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
        return typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>) : undefined;
      }
    } catch {
      return undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
