import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from '../errors.js';
import type { FileChange } from './types.js';

interface Staged {
  change: FileChange;
  target: string;
  temp: string;
}

/**
 * Writes every change or none. Each file is first written to a temp file beside its target; only when all
 * temps exist are they renamed over the targets (an atomic step per file). If a rename fails, files already
 * renamed get their previous content back and new ones are removed.
 */
export function applyChanges(root: string, changes: FileChange[]): void {
  assertOneChangePerFile(changes);
  const staged: Staged[] = [];
  const createdDirs: string[] = [];
  try {
    for (const change of changes) {
      assertUnchangedSincePlanned(root, change);
      const target = realTarget(path.join(root, change.path));
      createdDirs.push(...makeDirs(path.dirname(target)));
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.amplify-next-${process.pid}.tmp`);
      fs.writeFileSync(temp, change.after);
      // writeFileSync's mode is filtered by the umask: copy the existing file's permissions exactly.
      if (change.before !== null) fs.chmodSync(temp, fs.statSync(target).mode);
      staged.push({ change, target, temp });
    }
  } catch (error) {
    for (const { temp } of staged) fs.rmSync(temp, { force: true });
    removeEmptyDirs(createdDirs);
    throw writeError(error);
  }

  const done: Staged[] = [];
  try {
    for (const item of staged) {
      fs.renameSync(item.temp, item.target);
      done.push(item);
    }
  } catch (error) {
    for (const { change, target } of done.reverse()) {
      if (change.before === null) fs.rmSync(target, { force: true });
      else fs.writeFileSync(target, change.before);
    }
    for (const { temp } of staged) fs.rmSync(temp, { force: true });
    removeEmptyDirs(createdDirs);
    throw writeError(error);
  }
}

/** A symlinked file is updated where it really lives; the link stays a link. */
function realTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function assertOneChangePerFile(changes: FileChange[]): void {
  const seen = new Set<string>();
  for (const change of changes) {
    if (seen.has(change.path)) throw new Error(`The plan changes ${change.path} twice.`);
    seen.add(change.path);
  }
}

function assertUnchangedSincePlanned(root: string, change: FileChange): void {
  let current: string | null = null;
  try {
    current = fs.readFileSync(path.join(root, change.path), 'utf8');
  } catch {
    current = null;
  }
  if (current !== change.before) {
    throw new ProjectError(`${change.path} changed while amplify-next was running.`, 'Run the command again.');
  }
}

/** Creates missing folders and returns the ones it created, deepest last. */
function makeDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let current = dir; !fs.existsSync(current); current = path.dirname(current)) missing.unshift(current);
  for (const folder of missing) fs.mkdirSync(folder);
  return missing;
}

function removeEmptyDirs(dirs: string[]): void {
  for (const dir of [...dirs].reverse()) {
    try {
      fs.rmdirSync(dir);
    } catch {
      // not empty or already gone: leave it
    }
  }
}

function writeError(error: unknown): Error {
  if (error instanceof ProjectError) return error;
  const err = error as NodeJS.ErrnoException;
  const where = err.path ? ` ${err.path}` : '';
  return new ProjectError(
    `Could not write${where} (${err.code ?? err.message}); nothing was changed.`,
    'Check that the project folder is writable, then run again.',
  );
}
