/** One file that a command wants to create or update. Paths are relative to the project root, with `/`. */
export interface FileChange {
  path: string;
  kind: 'create' | 'update';
  /** Current content, `null` when the file does not exist yet. */
  before: string | null;
  after: string;
  reason: string;
}

/** A file the command would have written but left alone (it exists and differs, and there is no --force). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** Something the user has to do by hand, because we could not do it safely. */
export interface ManualStep {
  path?: string;
  message: string;
  /** Code to add by hand, printed as is. */
  snippet?: string;
}

export interface Plan {
  changes: FileChange[];
  skipped: SkippedFile[];
  manual: ManualStep[];
  /** Lines for the summary: warnings and notes that are not manual steps. */
  notes: string[];
}

export function emptyPlan(): Plan {
  return { changes: [], skipped: [], manual: [], notes: [] };
}
