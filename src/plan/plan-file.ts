import path from 'node:path';
import { NotUtf8Error, readTextToInspect, readUtf8File } from '../project/read-file.js';
import { ProjectError } from '../errors.js';
import type { Plan } from './types.js';

/**
 * A file of the project (`file` relative to `root`) as text we may edit, or `null` when it does not exist.
 * Throws a NotUtf8Error for a file that is not UTF-8, and a ProjectError for anything but a regular file.
 */
export function readProjectFile(root: string, file: string): string | null {
  return readUtf8File(path.join(root, file), file);
}

/** A file of the project that is only looked at: bytes that are not UTF-8 do not stop the reading. */
export function inspectProjectFile(root: string, file: string): string | null {
  return readTextToInspect(path.join(root, file), file);
}

/**
 * `inspectProjectFile` for scans over many files (what a setup already has): a file that cannot be read as a
 * source file (too large, not a regular file any more) holds nothing to find, so it gives `null`.
 */
export function scanProjectFile(root: string, file: string): string | null {
  try {
    return inspectProjectFile(root, file);
  } catch (error) {
    if (error instanceof ProjectError) return null;
    throw error;
  }
}

/**
 * `readProjectFile` for a file the plan would change: one that is not UTF-8 is added to the skipped files
 * (it is left alone, never re-encoded) and gives `undefined`.
 */
export function readFileToChange(plan: Plan, root: string, file: string): string | null | undefined {
  try {
    return readProjectFile(root, file);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    plan.skipped.push({ path: file, reason: error.skipReason });
    return undefined;
  }
}

/** Line endings do not make a file differ from what we would write. */
export function sameContent(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}

export interface WholeFileOptions {
  force: boolean;
  /** Why the file is written, for the summary. */
  reason: string;
  /** Said when an existing, different file is left alone. */
  skipReason?: string;
}

/**
 * Plans a file we generate whole: created when missing, nothing when it already says the same, and an
 * existing different file is skipped and reported (replaced only with --force). Returns what happened.
 */
export function planWholeFile(
  plan: Plan,
  root: string,
  file: string,
  content: string,
  options: WholeFileOptions,
): 'create' | 'update' | 'same' | 'skipped' {
  const before = readFileToChange(plan, root, file);
  if (before === undefined) return 'skipped';
  if (before === null) {
    plan.changes.push({ path: file, kind: 'create', before: null, after: content, reason: options.reason });
    return 'create';
  }
  if (sameContent(before, content)) return 'same';
  if (options.force) {
    plan.changes.push({ path: file, kind: 'update', before, after: content, reason: `${options.reason} (--force)` });
    return 'update';
  }
  plan.skipped.push({
    path: file,
    reason: options.skipReason ?? 'exists and differs from what amplify-next writes; --force replaces it',
  });
  return 'skipped';
}
