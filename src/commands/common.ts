import path from 'node:path';
import type { Command } from 'commander';

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
