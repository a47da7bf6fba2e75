import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { isJsonObject } from './config-value.js';
import { insideStore, storeOf, type FileStore } from './file-store.js';

const EMIT_OPTIONS = ['declaration', 'composite', 'isolatedDeclarations'] as const;

/**
 * Whether the project's tsconfig.json makes TypeScript emit (or check for) declaration files:
 * `declaration`, `composite` or `isolatedDeclarations`, as set by the file or what it extends (relative
 * paths and packages such as a monorepo's shared `@repo/typescript-config/nextjs.json`), the nearest
 * setting winning. A file that cannot be read counts as setting nothing.
 */
export function emitsDeclarations(project: FileStore | string): boolean {
  const files = storeOf(project);
  const options = compilerOptions(files, path.join(files.root, 'tsconfig.json'), new Set());
  return EMIT_OPTIONS.some((key) => options[key] === true);
}

/**
 * Whether the project's tsconfig.json sets `isolatedDeclarations` (TypeScript 5.5+): then every export needs
 * a type TypeScript can write without inferring it, and a destructured export is an error (TS9019).
 */
export function isolatesDeclarations(project: FileStore | string): boolean {
  const files = storeOf(project);
  return compilerOptions(files, path.join(files.root, 'tsconfig.json'), new Set()).isolatedDeclarations === true;
}

type Options = Partial<Record<(typeof EMIT_OPTIONS)[number], unknown>>;

function compilerOptions(files: FileStore, file: string, seen: Set<string>): Options {
  if (seen.has(file)) return {};
  seen.add(file);
  const config = readJsonc(files, file);
  if (!isJsonObject(config)) return {};
  const parents = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
  const merged: Options = {};
  for (const parent of parents) {
    const parentFile = typeof parent === 'string' ? resolveExtends(path.dirname(file), parent) : undefined;
    if (parentFile) Object.assign(merged, compilerOptions(files, parentFile, seen));
  }
  const own = isJsonObject(config.compilerOptions) ? config.compilerOptions : {};
  for (const key of EMIT_OPTIONS) if (key in own) merged[key] = own[key];
  return merged;
}

/** The file an `extends` entry names, as TypeScript finds it (relative path, or a package in node_modules). */
function resolveExtends(dir: string, specifier: string): string | undefined {
  const candidates = (base: string) => [base, `${base}.json`, path.join(base, 'tsconfig.json')];
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    return candidates(path.resolve(dir, specifier)).find(isFile);
  }
  for (let current = dir; ; current = path.dirname(current)) {
    const found = candidates(path.join(current, 'node_modules', specifier)).find(isFile);
    if (found) return found;
    if (path.dirname(current) === current) return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function readJsonc(files: FileStore, file: string): unknown {
  const relative = insideStore(files, file);
  try {
    const text = relative === undefined ? fs.readFileSync(file, 'utf8') : files.scan(relative);
    if (text === null) return undefined;
    return parseJsonc(text, [], { allowTrailingComma: true });
  } catch {
    return undefined;
  }
}
