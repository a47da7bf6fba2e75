import fs from 'node:fs';
import path from 'node:path';

/**
 * What this run has changed on disk so far, so that a signal can say exactly that: the files the write
 * phase wrote, and what a package install has changed.
 */

const INSTALL_WATCHED = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
];

interface Install {
  command: string;
  root: string;
  before: Map<string, Buffer | null>;
  /** Set while the package manager runs: stops it and waits until it has exited. */
  stop?: (signal: NodeJS.Signals) => Promise<void>;
}

let install: Install | null = null;
const written: string[] = [];

function readOrNull(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

export function installStarting(root: string, command: string): void {
  install = { command, root, before: new Map(INSTALL_WATCHED.map((name) => [name, readOrNull(path.join(root, name))])) };
}

export function installRunning(stop: ((signal: NodeJS.Signals) => Promise<void>) | undefined): void {
  if (install) install.stop = stop;
}

/** The package manager has exited (its changes stay recorded). */
export function installEnded(): void {
  installRunning(undefined);
}

export function recordWritten(paths: string[]): void {
  written.push(...paths);
}

export function writtenFiles(): readonly string[] {
  return written;
}

/** The install that ran or runs in this process, with the files it has changed so far. */
export function installChanges(): { command: string; changed: string[] } | null {
  if (!install) return null;
  const { root, before } = install;
  const changed = [...before].filter(([name, content]) => {
    const now = readOrNull(path.join(root, name));
    return now === null || content === null ? now !== content : !now.equals(content);
  });
  return { command: install.command, changed: changed.map(([name]) => name) };
}

export async function stopInstall(signal: NodeJS.Signals): Promise<void> {
  await install?.stop?.(signal);
}
