import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from '../errors.js';
import { isInside, realLocation } from '../project/real-path.js';
import { recordWritten } from '../run-state.js';
import { outsideReason } from './confine.js';
import { isReadOnly, takeOwnerOf } from './file-owner.js';
import type { FileChange } from './plan.js';
import { pauseBeforeRename } from './write-pause.js';
import { NothingWrittenError } from './write-error.js';

/** A change with the file it really writes (symlinks resolved). */
export interface Target {
  change: FileChange;
  target: string;
}

interface Staged extends Target {
  temp: string;
}

/**
 * Writes every change or none. Each file is first written to a temp file beside its target; only when all
 * temps exist are they renamed over the targets (an atomic step per file), each right after checking that the
 * target still holds what was planned. If a rename fails or a target was changed meanwhile, files already
 * renamed get their previous content back, new ones and new folders are removed.
 */
export function applyChanges(root: string, changes: FileChange[]): void {
  const targets = checkWritable(root, changes);
  const staged: Staged[] = [];
  const createdDirs: string[] = [];
  let current: FileChange | undefined;
  try {
    for (const { change, target } of targets) {
      current = change;
      const folderOwner = fs.statSync(nearestExisting(path.dirname(target)));
      for (const dir of makeDirs(path.dirname(target))) {
        createdDirs.push(dir);
        takeOwnerOf(dir, folderOwner);
      }
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.amplify-next-${process.pid}.tmp`);
      // Listed before it is written: a temp file cut short (disk full) is removed too.
      staged.push({ change, target, temp });
      fs.writeFileSync(temp, change.after, { flag: 'wx' });
      const existing = change.before === null ? null : fs.statSync(target);
      // writeFileSync's mode is filtered by the umask: copy the existing file's permissions exactly.
      if (existing) fs.chmodSync(temp, existing.mode);
      takeOwnerOf(temp, existing ?? folderOwner);
    }
  } catch (error) {
    removeTemps(staged);
    removeEmptyDirs(createdDirs);
    throw writeError(error, current);
  }

  const done: Staged[] = [];
  for (const [index, item] of staged.entries()) {
    pauseBeforeRename(index + 1);
    try {
      // The user may have saved the file since it was planned: theirs wins, and the plan is rolled back.
      if (!holds(item.target, item.change.before)) throw new ChangedMeanwhile(item.change.path);
      fs.renameSync(item.temp, item.target);
      done.push(item);
    } catch (error) {
      const rolledBack = rollBack(done);
      removeTemps(staged);
      removeEmptyDirs(createdDirs);
      recordWritten(rolledBack.stillWritten.map((written) => written.change.path));
      throw failedWrite(error, item.change, rolledBack);
    }
  }
  recordWritten(changes.map((change) => change.path));
}

/**
 * Checks a plan against the disk before anything is written (and before a package install): every target
 * really inside the project, one change per file, no read-only file, each file as it was planned.
 */
export function checkWritable(root: string, changes: FileChange[]): Target[] {
  const realRoot = realLocation(root);
  const byTarget = new Map<string, FileChange>();
  const targets: Target[] = [];
  for (const change of changes) {
    const target = realLocation(path.join(root, change.path));
    if (!isInside(realRoot, target)) {
      throw new NothingWrittenError(`${change.path} ${outsideReason(target)}`);
    }
    const twice = byTarget.get(target);
    if (twice?.path === change.path) throw new Error(`The plan changes ${change.path} twice.`);
    if (twice !== undefined) {
      throw new NothingWrittenError(`${twice.path} and ${change.path} are the same file (through a symlink)`, 'Run the command again.');
    }
    byTarget.set(target, change);
    if (change.before !== null) {
      const stat = statOrNull(target);
      if (stat?.isFile() && isReadOnly(target, stat)) {
        throw new NothingWrittenError(
          `${change.path} is read-only (mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')})`,
          `Make it writable (chmod u+w ${change.path}) if amplify-next may change it, then run again.`,
        );
      }
    }
    if (!holds(target, change.before)) {
      throw new NothingWrittenError(`${change.path} changed while amplify-next was running`, 'Run the command again.');
    }
    targets.push({ change, target });
  }
  return targets;
}

class ChangedMeanwhile extends Error {
  constructor(readonly file: string) {
    super(`${file} changed`);
  }
}

/** Whether `file` holds exactly `content` (`null`: there is no file). */
function holds(file: string, content: string | null): boolean {
  let current: Buffer | null;
  try {
    current = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') throw error;
    current = null;
  }
  if (current === null || content === null) return current === content;
  return current.equals(Buffer.from(content, 'utf8'));
}

interface RollBack {
  /** Saved by someone else after we renamed it: left as it is. */
  savedMeanwhile: Staged[];
  /** Still holds what we wrote: the disk refused to put it back. */
  stillWritten: Staged[];
}

/** Puts back what the renamed files held; a file someone saved after our rename is left as they saved it. */
function rollBack(done: Staged[]): RollBack {
  const result: RollBack = { savedMeanwhile: [], stillWritten: [] };
  for (const item of [...done].reverse()) {
    try {
      if (!holds(item.target, item.change.after)) {
        result.savedMeanwhile.push(item);
        continue;
      }
      // Written in place, so the file keeps its owner and permissions.
      if (item.change.before === null) fs.rmSync(item.target, { force: true });
      else fs.writeFileSync(item.target, item.change.before);
    } catch {
      result.stillWritten.push(item);
    }
  }
  return result;
}

function failedWrite(error: unknown, change: FileChange, { savedMeanwhile, stillWritten }: RollBack): ProjectError {
  const names = (items: Staged[]) => items.map((item) => item.change.path).join(', ');
  const exceptions = [
    savedMeanwhile.length > 0 ? `${names(savedMeanwhile)}, saved again after amplify-next wrote it (left as saved)` : '',
    stillWritten.length > 0 ? `${names(stillWritten)}, which could not be put back and holds amplify-next's version` : '',
  ].filter(Boolean);
  const rest =
    exceptions.length === 0
      ? 'the rest of the plan was rolled back: nothing else was changed'
      : `the rest of the plan was rolled back except ${exceptions.join('; ')}`;
  if (error instanceof ChangedMeanwhile) {
    return new ProjectError(
      `${change.path} changed while amplify-next was writing: it is left as you saved it, and ${rest}.`,
      'Run the command again to plan from the saved file.',
    );
  }
  const problem = writeError(error, change);
  return problem instanceof NothingWrittenError && problem.untouched === 'changed'
    ? new ProjectError(`${problem.problem}; ${rest}.`, problem.hint)
    : problem;
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function nearestExisting(dir: string): string {
  let current = dir;
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** Creates missing folders and returns the ones it created, deepest last. */
function makeDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let current = dir; !fs.existsSync(current); current = path.dirname(current)) missing.unshift(current);
  for (const folder of missing) fs.mkdirSync(folder);
  return missing;
}

function removeTemps(staged: Staged[]): void {
  for (const { temp } of staged) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // never written (its folder could not be made)
    }
  }
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

function writeError(error: unknown, change: FileChange | undefined): ProjectError {
  if (error instanceof ProjectError) return error;
  const err = error as NodeJS.ErrnoException;
  const what = err.code ? err.message.split(',')[0] : err.message;
  return new NothingWrittenError(
    `Could not write ${change?.path ?? err.path ?? 'a file'} (${what})`,
    err.code === 'ENOSPC' ? 'Free some disk space, then run again.' : 'Check that the project folder is writable, then run again.',
    'changed',
  );
}
