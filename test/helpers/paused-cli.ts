import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, cliEnv, REPO, type CliResult } from './cli.js';
import { makeTree } from './tree.js';

export interface PausedRun {
  pid: number;
  /** Resolves once the write phase is paused right before the given rename. */
  paused: Promise<void>;
  /** Lets the write phase go on. */
  release(): Promise<void>;
  result: Promise<CliResult>;
}

/**
 * Starts the built CLI with the write phase set to pause before its `step`-th rename (the
 * AMPLIFY_NEXT_TEST_PAUSE_WRITE hook), so that a test can send a signal or save a file at that exact point.
 */
export function runPaused(args: string[], step: number, env: Record<string, string | undefined> = {}): PausedRun {
  const fifo = path.join(makeTree({}), 'pause');
  execFileSync('mkfifo', [fifo]);
  const { pid, result } = startCli(args, { ...env, AMPLIFY_NEXT_TEST_PAUSE_WRITE: `${step}:${fifo}` });
  // Opening a FIFO blocks until the other end is open: the CLI writes to it once it has paused.
  let reached = false;
  const paused = fs.promises.readFile(fifo, 'utf8').then(async (line) => {
    if (!line.startsWith(`paused before rename ${step}`)) {
      const { exitCode, stderr: said } = await result;
      throw new Error(`the CLI did not pause before rename ${step} (exit ${exitCode}):\n${said}`);
    }
    reached = true;
  });
  // A CLI that exits without pausing would leave the read above blocked: open the FIFO's other end to end it.
  void result
    .then(() => {
      if (!reached) fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    })
    .catch(() => {});
  const release = async () => {
    const written = fs.promises.writeFile(fifo, 'go\n');
    // A CLI that died while paused never opens its end again: open it here so the write above ends.
    void result.then(() => fs.closeSync(fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)));
    await written;
  };
  return { pid, paused, release, result };
}

/** Starts the built CLI as runCli does, without waiting for it. */
export function startCli(args: string[], env: Record<string, string | undefined> = {}): { pid: number; result: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO,
    env: cliEnv(env),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const result = new Promise<CliResult>((resolve) => {
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
  return { pid: child.pid!, result };
}
