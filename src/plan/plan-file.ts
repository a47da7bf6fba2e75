import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from '../errors.js';
import type { Plan } from './types.js';

export function readProjectFile(root: string, file: string): string | null {
  try {
    return fs.readFileSync(path.join(root, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ProjectError(`${file}: ${code ?? (error as Error).message} (cannot read it); nothing was written.`, `Fix ${file} or its permissions, then run again.`);
  }
}

/** Line endings do not make a file differ from what we would write. */
export function sameContent(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
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
  const before = readProjectFile(root, file);
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
