import path from 'node:path';
import { parse as parseJsonc, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { ProjectError } from '../errors.js';
import { insideStore, storeOf, type FileStore } from './file-store.js';
import { readUtf8File } from './read-file.js';

/** `compilerOptions.paths` of the project's tsconfig/jsconfig, with the folder its targets are relative to. */
export interface PathAliases {
  configFile: string;
  baseDir: string;
  paths: Record<string, string[]>;
}

interface ConfigFile {
  extends: string[];
  baseUrl?: string;
  paths?: Record<string, string[]>;
}

/** Finds `paths` in tsconfig.json (or jsconfig.json), following relative `extends`. `null` when there are none. */
export function readPathAliases(project: FileStore | string): PathAliases | null {
  const files = storeOf(project);
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const found = findPaths(files, path.join(files.root, name), new Set());
    if (found !== undefined) return found;
  }
  return null;
}

/** `undefined` when `file` does not exist, `null` when neither it nor what it extends sets `paths`. */
function findPaths(files: FileStore, file: string, seen: Set<string>): PathAliases | null | undefined {
  if (seen.has(file)) return null;
  seen.add(file);
  const config = readConfigFile(files, file);
  if (config === undefined) return undefined;
  const dir = path.dirname(file);
  if (config.paths) {
    return { configFile: file, baseDir: config.baseUrl ? path.resolve(dir, config.baseUrl) : dir, paths: config.paths };
  }
  for (const parent of [...config.extends].reverse()) {
    if (!parent.startsWith('.')) continue;
    const found = findPaths(files, path.resolve(dir, parent.endsWith('.json') ? parent : `${parent}.json`), seen);
    if (found) return found;
  }
  return null;
}

/** The fields we use of a tsconfig/jsconfig, checked as TypeScript checks them; `undefined` when there is no such file. */
function readConfigFile(files: FileStore, file: string): ConfigFile | undefined {
  const relative = insideStore(files, file);
  const shown = relative ?? file;
  const text = relative === undefined ? readUtf8File(file, shown) : files.editableText(relative);
  if (text === null) return undefined;
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  const invalid = (what: string) => new ProjectError(`${shown} cannot be read (${what}).`, `Fix ${shown}, then run again.`);
  if (errors.length > 0) throw invalid(printParseErrorCode(errors[0]!.error));
  if (!isObject(value)) throw invalid('not an object');
  const extendsValue = value.extends;
  const parents = extendsValue === undefined ? [] : typeof extendsValue === 'string' ? [extendsValue] : extendsValue;
  if (!Array.isArray(parents) || !parents.every((p): p is string => typeof p === 'string')) {
    throw invalid(`"extends" is ${JSON.stringify(extendsValue)}: it must be a string or an array of strings`);
  }
  const options = value.compilerOptions ?? {};
  if (!isObject(options)) throw invalid(`"compilerOptions" is ${JSON.stringify(options)}: it must be an object`);
  const { baseUrl, paths } = options;
  if (baseUrl !== undefined && typeof baseUrl !== 'string')
    throw invalid(`"compilerOptions.baseUrl" is ${JSON.stringify(baseUrl)}: it must be a string`);
  if (paths !== undefined && !isObject(paths)) throw invalid(`"compilerOptions.paths" is ${JSON.stringify(paths)}: it must be an object`);
  for (const [pattern, targets] of Object.entries(paths ?? {})) {
    if (!Array.isArray(targets) || !targets.every((t) => typeof t === 'string')) {
      throw invalid(
        `"compilerOptions.paths" maps ${JSON.stringify(pattern)} to ${JSON.stringify(targets)}: it must be an array of strings`,
      );
    }
  }
  return { extends: parents, baseUrl, paths: paths as Record<string, string[]> | undefined };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The aliased specifier for `target` (an absolute path as it should be imported, i.e. without a TS/JS
 * extension, or with `.json`), or `undefined` when no alias maps onto it.
 */
export function aliasSpecifier(target: string, aliases: PathAliases | null): string | undefined {
  if (!aliases) return undefined;
  for (const [pattern, targets] of Object.entries(aliases.paths)) {
    for (const mapped of targets) {
      const specifier = matchAlias(target, pattern, path.resolve(aliases.baseDir, mapped));
      if (specifier !== undefined) return specifier;
    }
  }
  return undefined;
}

function matchAlias(target: string, pattern: string, mappedTarget: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star === -1) return samePath(target, mappedTarget) ? pattern : undefined;
  const mappedStar = mappedTarget.indexOf('*');
  if (mappedStar === -1) return undefined;
  const prefix = mappedTarget.slice(0, mappedStar);
  const suffix = mappedTarget.slice(mappedStar + 1);
  if (!target.startsWith(prefix) || !target.endsWith(suffix)) return undefined;
  const middle = target
    .slice(prefix.length, target.length - suffix.length)
    .split(path.sep)
    .join('/');
  if (middle === '') return undefined;
  return pattern.slice(0, star) + middle + pattern.slice(star + 1);
}

function samePath(target: string, mapped: string): boolean {
  const strip = (p: string) => p.replace(/\.(tsx?|jsx?|mjs)$/, '');
  return strip(target) === strip(mapped);
}

/** The absolute paths (without extension) an aliased `specifier` may stand for; `[]` when no alias matches it. */
export function resolveAlias(specifier: string, aliases: PathAliases | null): string[] {
  if (!aliases) return [];
  const resolved: string[] = [];
  for (const [pattern, targets] of Object.entries(aliases.paths)) {
    const star = pattern.indexOf('*');
    let middle: string | undefined;
    if (star === -1) middle = specifier === pattern ? '' : undefined;
    else if (
      specifier.startsWith(pattern.slice(0, star)) &&
      specifier.endsWith(pattern.slice(star + 1)) &&
      specifier.length >= pattern.length - 1
    ) {
      middle = specifier.slice(star, specifier.length - (pattern.length - star - 1));
    }
    if (middle === undefined) continue;
    for (const mapped of targets) resolved.push(path.resolve(aliases.baseDir, mapped.replace('*', middle)));
  }
  return resolved;
}
