import { readFileToChange } from '../plan/plan-file.js';
import type { Plan } from '../plan/plan.js';
import type { FileStore } from '../project/file-store.js';
import type { EditResult } from '../../transforms/edits/edit-result.js';
import type { EditSource } from '../ast/edit-source.js';

export interface EditSpec {
  reason: string;
  edit: (source: EditSource) => EditResult;
  /** What to add by hand when the edit cannot be made safely. */
  manualSnippet?: string;
}

/**
 * Plans an AST edit of an existing user file: an update, nothing, or a manual step. A file that is not
 * UTF-8 is skipped; the edit gets the store's parse of the file and keeps its own line ends (LF, CRLF or CR).
 */
export function planEdit(plan: Plan, files: FileStore, file: string, spec: EditSpec): void {
  const before = readFileToChange(plan, files, file);
  if (before === undefined) return;
  if (before === null) throw new Error(`planEdit: ${file} does not exist`);
  // A file that does not parse is reported as one (a ProjectError), before an edit could say anything less clear.
  const { source, restore } = files.editSource(file)!;
  const result = spec.edit(source);
  if (result.kind === 'changed') {
    plan.changes.push({ path: file, kind: 'update', before, after: restore(result.text), reason: spec.reason });
  } else if (result.kind === 'manual') {
    plan.manual.push({ path: file, message: `${result.reason} Add it by hand:`, snippet: spec.manualSnippet });
  }
}
