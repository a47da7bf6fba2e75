import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';
import { outsideReason } from '../plan/confine.js';
import type { SkippedFile } from '../plan/plan.js';
import { toProjectPath } from './project-path.js';
import { readRegularFile } from './read-file.js';
import { projectLocation } from './real-path.js';

export const SOURCE_EXTENSIONS = ['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs'];
export const IGNORED_DIRS = new Set(['node_modules', '.next', 'out', 'dist', 'build', '.git']);

function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(file)) && !file.endsWith('.d.ts');
}

/** .gitignore rules met on the way down, each applied to the paths below its own folder. */
class GitIgnores {
  private readonly matchers: Array<{ dir: string; rules: Ignore }> = [];

  constructor(private readonly root: string) {}

  load(dir: string): void {
    const file = path.join(dir, '.gitignore');
    const rules = readRegularFile(file, toProjectPath(this.root, file));
    // Only matched against paths and never written, so read leniently (git itself reads it as bytes).
    if (rules !== null) this.matchers.push({ dir, rules: ignore().add(rules.toString('utf8')) });
  }

  ignores(absolute: string, isDir: boolean): boolean {
    return this.matchers.some(({ dir, rules }) => {
      if (!absolute.startsWith(dir + path.sep)) return false;
      const inner = toProjectPath(dir, absolute);
      return rules.ignores(isDir ? `${inner}/` : inner);
    });
  }
}

/** Source files in `dirs` (folders relative to `root` that exist), skipping what `findSourceFiles` skips. */
export function listSourceFiles(root: string, dirs: string[]): string[] {
  const ignored = new GitIgnores(root);
  ignored.load(root);
  const found = new Set<string>();
  for (const dir of dirs) walkDir(path.join(root, dir), root, ignored, found);
  return [...found].sort();
}

export interface SourceFiles {
  /** Absolute, each where it really is (symlinks resolved), each once. */
  files: string[];
  /** Paths that are symlinks to somewhere outside the project: left alone. */
  skipped: SkippedFile[];
  /** Paths that lead through a symlink to another place in the project. */
  notes: string[];
}

/**
 * Source files under `paths` (files or folders inside the project, relative to `cwd`), skipping build
 * output, dependencies and what .gitignore ignores. A path that does not exist or lies outside the project,
 * or a set of paths with no source file, is a usage error; a path that is a symlink to somewhere outside the
 * project is skipped and reported. `onFile` hears of each file as soon as it is found.
 */
export function findSourceFiles(
  root: string,
  paths: string[],
  cwd: string,
  options: { onFile?: (file: string) => void } = {},
): SourceFiles {
  const ignored = new GitIgnores(root);
  ignored.load(root);
  const found = options.onFile ? new ReportingSet(options.onFile) : new Set<string>();
  const result: SourceFiles = { files: [], skipped: [], notes: [] };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (!fs.existsSync(absolute)) {
      const hint =
        given.startsWith('/') && fs.existsSync(path.join(cwd, given))
          ? `Did you mean .${given}?`
          : 'Pass files or folders inside the project.';
      throw new UsageError(`${given}: no such file or folder.`, hint);
    }
    const relative = path.relative(root, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UsageError(
        `${given} is outside the project (${root}).`,
        'Pass files or folders inside the project, or --cwd the project they belong to.',
      );
    }
    const where = projectLocation(root, absolute);
    if (!where.inside) {
      result.skipped.push({
        path: toProjectPath(root, absolute) || '.',
        reason: outsideReason(where.real, 'run migrate-v5 in the project it belongs to'),
      });
      continue;
    }
    if (where.path !== absolute) {
      result.notes.push(
        `${toProjectPath(root, absolute)} is ${toProjectPath(root, where.path) || '.'} through a symlink: its files are migrated there, once.`,
      );
    }
    const stat = fs.statSync(where.path);
    if (stat.isFile()) {
      if (isSourceFile(where.path)) found.add(where.path);
    } else if (stat.isDirectory()) {
      walkDir(where.path, root, ignored, found);
    } else {
      throw new UsageError(
        `${given} is neither a file nor a folder (${stat.isFIFO() ? 'a FIFO' : 'a device or socket'}).`,
        'Pass files or folders inside the project.',
      );
    }
  }
  if (found.size === 0 && result.skipped.length === 0) {
    throw new UsageError(
      `No ${SOURCE_EXTENSIONS.join('/')} files in ${paths.join(', ')}.`,
      'Pass the folders that hold your pages, API routes and server code.',
    );
  }
  result.files = [...found].sort();
  return result;
}

/** The files found so far, telling `onFile` of each the first time it is found (before the walk is done). */
class ReportingSet extends Set<string> {
  constructor(private readonly onFile: (file: string) => void) {
    super();
  }

  override add(file: string): this {
    if (!this.has(file)) {
      super.add(file);
      this.onFile(file);
    }
    return this;
  }
}

function walkDir(dir: string, root: string, ignored: GitIgnores, found: Set<string>): void {
  if (dir !== root) ignored.load(dir);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const absolute = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (IGNORED_DIRS.has(entry.name) || ignored.ignores(absolute, true)) continue;
      walkDir(absolute, root, ignored, found);
    } else if (entry.isFile() && isSourceFile(entry.name) && !ignored.ignores(absolute, false)) {
      found.add(absolute);
    }
  }
}
