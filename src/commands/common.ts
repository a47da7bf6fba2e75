import path from 'node:path';
import type { Command } from 'commander';
import { CliError, ExitCode } from '../errors.js';
import { createOutput, type Output } from '../ui/output.js';
import { visible } from '../ui/show-value.js';

/** The flags every command takes (CLI contract). */
export interface CommonOptions {
  cwd: string;
  yes: boolean;
  dryRun: boolean;
  force: boolean;
  json: boolean;
}

export function addCommonOptions(command: Command): Command {
  return command
    .option('--cwd <dir>', 'project root (default: the current folder)')
    .option('-y, --yes', 'answer every prompt with its default (implied without a TTY or with CI set)')
    .option('--dry-run', 'print unified diffs of what would change; write and install nothing')
    .option('--force', 'overwrite files whose content differs from what amplify-next writes')
    .option('--json', 'print one JSON summary on stdout (human text goes to stderr)');
}

export function commonOptions(raw: Record<string, unknown>): CommonOptions {
  return {
    cwd: path.resolve(String(raw.cwd ?? process.cwd())),
    yes: Boolean(raw.yes),
    dryRun: Boolean(raw.dryRun),
    force: Boolean(raw.force),
    json: Boolean(raw.json),
  };
}

/** Prompts only with a person at a terminal: never with --yes, without a TTY, or in CI. */
export function isInteractive(options: CommonOptions): boolean {
  return !options.yes && Boolean(process.stdin.isTTY) && !process.env.CI;
}

/** What a command does with its parsed flags (`raw`, as commander gives them) and arguments: its exit code. */
export type CommandAction = (raw: Record<string, unknown>, out: Output, args: string[]) => Promise<number>;

/** A command's action with the contract's error handling: one clear line, the right exit code. */
export function commandAction(action: CommandAction) {
  return async (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const raw = command.opts();
    const out = createOutput({ json: Boolean(raw.json) });
    try {
      process.exitCode = await action(raw, out, command.args);
    } catch (error) {
      const failure = asCliError(error);
      out.error(failure.message);
      if (failure.hint) process.stderr.write(`  ${failure.hint}\n`);
      if (raw.json) out.printJson({ error: { message: failure.message, hint: failure.hint ?? null, exitCode: failure.exitCode } });
      process.exitCode = failure.exitCode;
    }
  };
}

/**
 * A file system error names the file and what went wrong; anything else is a bug, shown with its stack.
 * The message and hint of an error the user can act on are one line each, whatever values they quote.
 */
function asCliError(error: unknown): CliError {
  if (error instanceof CliError) return new CliError(visible(error.message), error.exitCode, error.hint && visible(error.hint));
  const err = error as NodeJS.ErrnoException;
  if (typeof err?.code === 'string' && typeof err.path === 'string') {
    return new CliError(
      `${visible(err.path)}: ${err.code} (${err.syscall ?? 'file system'} failed); nothing was written.`,
      ExitCode.failed,
      'Fix the file or its permissions, then run again.',
    );
  }
  return new CliError(`Unexpected error: ${err?.stack ?? String(error)}`, ExitCode.failed, 'Please report this with the command you ran.');
}
