import type { File } from '@babel/types';
import type { SourceProject } from '../project/detect.js';
import type { Plan } from '../plan/plan.js';

export type Severity = 'error' | 'warning' | 'info';

/** One problem `doctor` found, at a place in a file. */
export interface Finding {
  /** Stable code, kebab-case (`config-mismatch`): listed in the README, never renamed. */
  code: string;
  severity: Severity;
  /** Project-relative path with `/`. */
  file: string;
  /** 1-based; 1:1 for a finding about a whole file. */
  line: number;
  column: number;
  /** One sentence: what goes wrong for users. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** A page that explains the pitfall. */
  docs: string;
  /** Whether `doctor --fix` makes the fix. */
  fixable: boolean;
  /** The fix replaces a whole file of the user's: `--fix` makes it only with `--force`. */
  fixNeedsForce?: true;
}

/** The project as the checks see it: every file is read and parsed at most once per run, on first use. */
export interface DoctorProject {
  info: SourceProject;
  /** Why the Next.js version could not be used, when it could not (see detectSourceProject). */
  nextNote?: string;
  /** Text of a project file (project path), `null` when it does not exist or cannot be read as text. */
  read(file: string): string | null;
  /** The parsed module, `null` when it does not exist or does not parse. */
  parse(file: string): File | null;
  /** Project paths of the source files (what listSourceFiles finds from the root). */
  sourceFiles(): readonly string[];
  /** The source files whose text contains `needle`: the cheap filter before any parse. */
  sourceFilesContaining(needle: string): readonly string[];
}

export interface Check {
  /** The codes this check can report. */
  codes: readonly string[];
  run(project: DoctorProject): Finding[];
  /**
   * The changes `--fix` makes for this check's fixable findings (only those are passed), through the same
   * plan as the other commands. `force` is `--force`: a whole file replaced only with it, as elsewhere.
   */
  fix?(project: DoctorProject, findings: readonly Finding[], options: FixOptions): Plan;
}

export interface FixOptions {
  force: boolean;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
