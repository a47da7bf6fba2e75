import type { PackageChange } from '../install/resolve-packages.js';
import type { ReviewItem as FileReviewItem } from '../../transforms/migrate-v5/index.js';

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

/** The packages a run installs or upgrades, decided before anything is previewed or written. */
export interface PackageInstall {
  changes: PackageChange[];
  /** The install command, `null` when nothing is to be installed. */
  command: string | null;
  /** `--skip-install`: the command is printed, not run. */
  skipInstall: boolean;
  /** The command that runs `amplify-next` again, for the hint when the install fails. */
  rerun: string;
}

/** A place the user has to review (a `TODO(amplify-next)` marker a migration left, or a note on changed behaviour), with its file. */
export type ReviewItem = { file: string } & FileReviewItem;

/** Everything a run will do, decided before anything is previewed, confirmed or written. */
export interface Plan {
  changes: FileChange[];
  skipped: SkippedFile[];
  manual: ManualStep[];
  /** Lines for the summary: warnings and notes that are not manual steps. */
  notes: string[];
  /** Packages to install before the files are written; absent for a command that installs nothing. */
  install?: PackageInstall;
  /** What the changes leave for the user to review. */
  review: ReviewItem[];
}

export function emptyPlan(): Plan {
  return { changes: [], skipped: [], manual: [], notes: [], review: [] };
}
