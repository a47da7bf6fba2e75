import type { FileStore } from '../project/file-store.js';
import { NotUtf8Error } from '../project/read-file.js';
import type { Plan } from './plan.js';

/**
 * The text of a file the plan would change (`null`: it does not exist yet): one that is not UTF-8 is added
 * to the skipped files (it is left alone, never re-encoded) and gives `undefined`.
 */
export function readFileToChange(plan: Plan, files: FileStore, file: string): string | null | undefined {
  try {
    return files.editableText(file);
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
  files: FileStore,
  file: string,
  content: string,
  options: WholeFileOptions,
): 'create' | 'update' | 'same' | 'skipped' {
  const before = readFileToChange(plan, files, file);
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
