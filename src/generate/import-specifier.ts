import path from 'node:path';
import { aliasSpecifier, resolveAlias, type PathAliases } from '../project/path-aliases.js';
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

/**
 * Whether `specifier`, written in `fromFile`, imports `targetFile` (all relative to `root`): relatively or
 * through an alias, with or without the extension.
 */
export function specifierImports(
  root: string,
  fromFile: string,
  specifier: string,
  targetFile: string,
  aliases: PathAliases | null,
): boolean {
  const target = importablePath(path.join(root, targetFile));
  return importTargets(root, fromFile, specifier, aliases).includes(target);
}

/** The absolute paths (as `importablePath` writes them) that `specifier`, written in `fromFile`, may import. */
export function importTargets(root: string, fromFile: string, specifier: string, aliases: PathAliases | null): string[] {
  const candidates = specifier.startsWith('.') ? [path.resolve(root, path.dirname(fromFile), specifier)] : resolveAlias(specifier, aliases);
  return candidates.map(importablePath);
}

/** Which of `files` (relative to `root`) `specifier`, written in `fromFile`, imports. */
export function importedFile(
  root: string,
  fromFile: string,
  specifier: string,
  files: string[],
  aliases: PathAliases | null,
): string | undefined {
  const targets = importTargets(root, fromFile, specifier, aliases);
  return files.find((file) => targets.includes(importablePath(path.join(root, file))));
}
