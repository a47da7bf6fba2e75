/** Exit codes of the CLI contract (README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  /** migrate-v5 migrated what it could, but some files could not be parsed (they were left alone). */
  partlyMigrated: 3,
  reviewItemsLeft: 4,
  cancelled: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can act on: printed as one line (plus an optional hint), never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The project cannot be worked on as it is (exit 1). */
export class ProjectError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.failed, hint);
  }
}

/** A flag, argument or required answer is wrong or missing (exit 2). */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
  }
}

/** The user cancelled a prompt (exit 130). */
export class CancelledError extends CliError {
  constructor() {
    super('Cancelled. Nothing was written.', ExitCode.cancelled);
  }
}
