import path from 'node:path';
import { aliasSpecifier, type PathAliases } from '../project/path-aliases.js';
import { toProjectPath } from '../project/project-path.js';
import { projectLocation } from '../project/real-path.js';

/** `file` as it is written in an import: TS/JS modules without extension, JSON with it. */
function importablePath(file: string): string {
  return file.replace(/\.(tsx?|jsx?|mjs)$/, '');
}

/**
 * The specifier a file at `fromFile` uses to import `targetFile` (both relative to `root`): the project's
 * alias when one maps onto the target, else a relative path.
 */
export function importSpecifier(root: string, fromFile: string, targetFile: string, aliases: PathAliases | null): string {
  const target = importablePath(path.join(root, targetFile));
  const aliased = aliasSpecifier(target, aliases);
  if (aliased !== undefined) return aliased;
  // Resolvers follow symlinks: a relative import starts from where the importing file really is.
  const from = projectLocation(root, path.join(root, fromFile));
  const relative = toProjectPath(path.dirname(from.inside ? from.path : path.join(root, fromFile)), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}
