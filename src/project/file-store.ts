import fs from 'node:fs';
import path from 'node:path';
import type { File } from '@babel/types';
import { ProjectError } from '../errors.js';
import { parseModule } from '../ast/parse.js';
import { withLfLineEnds } from '../ast/line-endings.js';
import type { EditSource } from '../ast/edit-source.js';
import { toProjectPath } from './project-path.js';
import { readSourceText, type SourceText } from './read-file.js';
import { listSourceFiles } from './source-files.js';

type Outcome<T> = { value: T } | { error: unknown };

function remember<T>(cache: Map<string, Outcome<T>>, key: string, compute: () => T): T {
  let outcome = cache.get(key);
  if (outcome === undefined) {
    try {
      outcome = { value: compute() };
    } catch (error) {
      outcome = { error };
    }
    cache.set(key, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

/**
 * The project's files as one run sees them: each file is read from disk at most once and parsed at most
 * once, on first use, whoever asks (detection, the planners, `doctor`'s checks). Paths are relative to the
 * root, with `/`. A failure (not a regular file, too large, not UTF-8, a syntax error) is remembered too, so
 * every reader gets the same answer.
 */
export class FileStore {
  // Only the text is kept (not the bytes): a scan over every source file keeps no more than their text.
  private readonly readOf = new Map<string, Outcome<SourceText | null>>();
  private readonly astOf = new Map<string, Outcome<File | null>>();
  private readonly lfAstOf = new Map<string, Outcome<File>>();
  private readonly present = new Map<string, boolean>();
  /** For files read in another thread: which of the needles asked about their text holds. */
  private readonly contentsOf = new Map<string, { needles: readonly string[]; found: readonly string[] }>();
  private sources: readonly string[] | undefined;

  /**
   * `planned`: texts that stand in for files as a plan would leave them (path → text), so a second round
   * of planning sees the first round's changes without anything being written.
   */
  constructor(
    readonly root: string,
    private readonly planned: ReadonlyMap<string, string> = new Map(),
  ) {}

  /**
   * Whether something (a file or a folder) is at `file`. A file read earlier is known without asking
   * the disk again.
   */
  exists(file: string): boolean {
    let found = this.present.get(file) ?? (this.planned.has(file) || undefined);
    if (found === undefined) {
      found = fs.existsSync(path.join(this.root, file));
      this.present.set(file, found);
    }
    return found;
  }

  /** A regular file, `null` when there is none; a folder, FIFO or device there, or a file too large, is a ProjectError. */
  private read(file: string): SourceText | null {
    return remember(this.readOf, file, () => this.readFromDisk(file));
  }

  private readFromDisk(file: string): SourceText | null {
    const planned = this.planned.get(file);
    if (planned !== undefined) return { text: planned };
    const read = readSourceText(path.join(this.root, file), file);
    this.present.set(file, read !== null);
    return read;
  }

  /** `editableText` and `text` together: the text, and when it is not valid UTF-8, why. */
  readSource(file: string): SourceText | null {
    return this.read(file);
  }

  /**
   * The text of a file that is only looked at: bytes that are not UTF-8 become U+FFFD. In source code they
   * can only sit in comments, strings and JSX text, so what the file declares and imports reads the same.
   */
  text(file: string): string | null {
    return this.read(file)?.text ?? null;
  }

  /** The text of a file we may edit; one that is not valid UTF-8 throws a NotUtf8Error (it is never re-encoded). */
  editableText(file: string): string | null {
    const read = this.read(file);
    if (read?.notUtf8) throw read.notUtf8;
    return read?.text ?? null;
  }

  /**
   * `text` for scans over many files (what a setup already has): a file that cannot be read as a source
   * file (too large, not a regular file any more) holds nothing to find, so it gives `null`.
   */
  scan(file: string): string | null {
    try {
      return this.text(file);
    } catch (error) {
      if (error instanceof ProjectError) return null;
      throw error;
    }
  }

  /**
   * The parsed module of a file that is only looked at, `null` when there is no file or it does not parse
   * (a command that edits it reports that). A file that cannot be read is a ProjectError, as for `text`.
   */
  parse(file: string): File | null {
    if (this.text(file) === null) return null;
    try {
      return this.parseOrThrow(file);
    } catch (error) {
      if (error instanceof ProjectError) return null;
      throw error;
    }
  }

  /** `parse` for scans over many files: a file that cannot be read gives `null` too. */
  scanParse(file: string): File | null {
    return this.scan(file) === null ? null : this.parse(file);
  }

  /** The parsed module (`null`: no file); a syntax error is a one-line ProjectError naming where it is. */
  parseOrThrow(file: string): File | null {
    return remember(this.astOf, file, () => {
      const text = this.text(file);
      return text === null ? null : parseProjectModule(text, file);
    });
  }

  /**
   * What an edit of `file` works on (`null`: no file), and how its result gets the file's own line ends
   * back. A file with LF line ends is handed over with the one parse every reader shares; only a file
   * whose lines all end in CRLF or CR is parsed a second time, as the LF text the edits read. A file that
   * is not UTF-8 throws a NotUtf8Error, one that does not parse a ProjectError.
   */
  editSource(file: string): { source: EditSource; restore: (edited: string) => string } | null {
    const text = this.editableText(file);
    const ast = this.parseOrThrow(file);
    if (text === null || ast === null) return null;
    const lf = withLfLineEnds(text);
    const lfAst = lf.text === text ? ast : remember(this.lfAstOf, file, () => parseProjectModule(lf.text, file));
    return { source: { text: lf.text, ast: lfAst }, restore: lf.restore };
  }

  /** Project paths of the source files, what `listSourceFiles` finds from the root. */
  sourceFiles(): readonly string[] {
    this.sources ??= listSourceFiles(this.root, ['.']).map((absolute) => toProjectPath(this.root, absolute));
    return this.sources;
  }

  /** The source files of the whole project as a walk from the root found them: `sourceFiles` need not walk again. */
  learnSourceFiles(files: readonly string[]): void {
    this.sources ??= files;
  }

  /**
   * What a reader in another thread found in `file`: which of `needles` its text holds (none either when it
   * could not be read as a source file). `contains` then answers for those needles without reading it.
   */
  learnContents(file: string, needles: readonly string[], found: readonly string[]): void {
    if (!this.readOf.has(file) && !this.planned.has(file)) this.contentsOf.set(file, { needles, found });
  }

  /** Whether the text of `file` holds `needle`; `false` when it cannot be read as a source file, as for `scan`. */
  contains(file: string, needle: string): boolean {
    const known = this.contentsOf.get(file);
    if (known?.needles.includes(needle)) return known.found.includes(needle);
    return this.scan(file)?.includes(needle) ?? false;
  }

  /** The source files whose text contains `needle`: the cheap filter before any parse. */
  sourceFilesContaining(needle: string): readonly string[] {
    return this.sourceFiles().filter((file) => this.contains(file, needle));
  }

  /** The first of `stem.<ext>` that exists, in the order of `extensions`. */
  firstExisting(stem: string, extensions: readonly string[]): string | undefined {
    return extensions.map((ext) => `${stem}.${ext}`).find((file) => this.exists(file));
  }
}

function parseProjectModule(source: string, file: string): File {
  try {
    return parseModule(source, file);
  } catch (error) {
    const err = error as Error & { loc?: { line: number; column: number } };
    const where = err.loc ? `:${err.loc.line}:${err.loc.column + 1}` : '';
    const message = err.message.replace(/\s*\(\d+:\d+\)$/, '');
    throw new ProjectError(`${file}${where} cannot be parsed: ${message}.`, `Fix the syntax error in ${file}, then run again.`);
  }
}

/** The store of `project`, or a store of its own for a caller that passes only the root. */
export function storeOf(project: FileStore | string): FileStore {
  return typeof project === 'string' ? new FileStore(project) : project;
}

/**
 * The project-relative path of an absolute `file` when it is inside the store's root (a file outside it,
 * such as a tsconfig a monorepo extends, is not the project's and is read directly).
 */
export function insideStore(files: FileStore, file: string): string | undefined {
  const relative = toProjectPath(files.root, file);
  return relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative) ? undefined : relative;
}
