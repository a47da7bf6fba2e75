import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { ProjectError } from '../errors.js';

/** `compilerOptions.paths` of the project's tsconfig/jsconfig, with the folder its targets are relative to. */
export interface PathAliases {
  configFile: string;
  baseDir: string;
  paths: Record<string, string[]>;
}

interface CompilerOptions {
  baseUrl?: string;
  paths?: Record<string, string[]>;
}

function readJsonc(file: string): { extends?: string | string[]; compilerOptions?: CompilerOptions } {
  const errors: ParseError[] = [];
  const value = parseJsonc(fs.readFileSync(file, 'utf8'), errors, { allowTrailingComma: true });
  if (errors.length > 0 || value === null || typeof value !== 'object') {
    const first = errors[0];
    const what = first ? printParseErrorCode(first.error) : 'not an object';
    throw new ProjectError(`${path.basename(file)} cannot be read (${what}).`, `Fix ${file}, then run again.`);
  }
  return value as { extends?: string | string[]; compilerOptions?: CompilerOptions };
}

/** Finds `paths` in tsconfig.json (or jsconfig.json), following relative `extends`. `null` when there are none. */
export function readPathAliases(root: string): PathAliases | null {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = path.join(root, name);
    if (fs.existsSync(file)) return findPaths(file, new Set());
  }
  return null;
}

function findPaths(file: string, seen: Set<string>): PathAliases | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const config = readJsonc(file);
  const options = config.compilerOptions ?? {};
  const dir = path.dirname(file);
  if (options.paths && typeof options.paths === 'object') {
    return {
      configFile: file,
      baseDir: options.baseUrl ? path.resolve(dir, options.baseUrl) : dir,
      paths: options.paths,
    };
  }
  const parents = Array.isArray(config.extends) ? config.extends : config.extends ? [config.extends] : [];
  for (const parent of parents.reverse()) {
    if (!parent.startsWith('.')) continue;
    const parentFile = path.resolve(dir, parent.endsWith('.json') ? parent : `${parent}.json`);
    if (!fs.existsSync(parentFile)) continue;
    const found = findPaths(parentFile, seen);
    if (found) return found;
  }
  return null;
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
  const middle = target.slice(prefix.length, target.length - suffix.length).split(path.sep).join('/');
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
    else if (specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1)) && specifier.length >= pattern.length - 1) {
      middle = specifier.slice(star, specifier.length - (pattern.length - star - 1));
    }
    if (middle === undefined) continue;
    for (const mapped of targets) resolved.push(path.resolve(aliases.baseDir, mapped.replace('*', middle)));
  }
  return resolved;
}
