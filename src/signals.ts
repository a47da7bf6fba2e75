import os from 'node:os';
import { installChanges, stopInstall, writtenFiles } from './run-state.js';

const HANDLED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const LISTED = 20;

/**
 * SIGINT, SIGTERM and SIGHUP stop the run between steps, never inside the write phase: the write phase is
 * synchronous, so a signal that arrives while it runs is handled once the whole plan is written (or rolled
 * back). The message says what the run had changed by then; the exit code is 128 + the signal's number.
 */
export function handleSignals(): void {
  let stopping = false;
  for (const signal of HANDLED) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void stop(signal);
    });
  }
}

/**
 * Gives a signal that arrived during the synchronous write phase its turn before the process ends: without
 * this, a run that has nothing left to wait for exits with its own code before the handler runs.
 */
export async function settlePendingSignals(): Promise<void> {
  // The loop delivers a pending signal in its poll phase; one turn is not always enough (the handler then
  // runs a turn later), two are.
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

async function stop(signal: NodeJS.Signals): Promise<void> {
  await stopInstall(signal);
  process.stderr.on('error', () => {});
  try {
    process.stderr.write(`\n${stoppedMessage(signal)}\n`);
  } finally {
    process.exit(128 + os.constants.signals[signal]);
  }
}

export function stoppedMessage(signal: NodeJS.Signals): string {
  const written = writtenFiles();
  const install = installChanges();
  const installed =
    install === null
      ? ''
      : install.changed.length > 0
        ? ` \`${install.command}\` had already changed ${install.changed.join(', ')} (and node_modules).`
        : ` \`${install.command}\` had not changed package.json or a lockfile yet.`;
  if (written.length === 0) {
    if (signal === 'SIGINT' && install === null) return 'Cancelled. Nothing was written.';
    return `Stopped by ${signal}: no file of the plan was written.${installed}`;
  }
  const shown = written.slice(0, LISTED).join(', ');
  const more = written.length > LISTED ? ` and ${written.length - LISTED} more` : '';
  return `Stopped by ${signal} after the write phase had finished: all ${written.length} planned file${written.length === 1 ? ' was' : 's were'} written (${shown}${more}).${installed}`;
}
