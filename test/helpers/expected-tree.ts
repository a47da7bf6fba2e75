import fs from 'node:fs';
import { expect } from 'vitest';
import { readTree, type Tree, writeTree } from './tree.js';

const UPDATE = process.env.UPDATE_EXPECTED === '1';

/** The files of `after` that a run created or changed. */
export function changedFiles(before: Tree, after: Tree): Tree {
  return Object.fromEntries(Object.entries(after).filter(([file, content]) => before[file] !== content));
}

/** An expected tree folder: only the files a command writes (none when the folder does not exist). */
export function readExpected(expectedDir: string): Tree {
  return fs.existsSync(expectedDir) ? readTree(expectedDir) : {};
}

/**
 * Asserts that a run turned the project tree `before` into `after` exactly as `expectedDir` says. The expected
 * tree holds only the files the command creates or edits, so `after` must be `before` with those files laid
 * over it: every other file byte for byte as it was, none removed, none added. An expected file equal to its
 * input is an error too (it proves nothing and hides what the command writes). With UPDATE_EXPECTED=1 the
 * folder is first rewritten with the files that changed.
 */
export function expectWrittenFiles(expectedDir: string, before: Tree, after: Tree): void {
  if (UPDATE) {
    fs.rmSync(expectedDir, { recursive: true, force: true });
    writeTree(expectedDir, changedFiles(before, after));
  }
  const expected = readExpected(expectedDir);
  const copies = Object.keys(expected).filter((file) => before[file] === expected[file]);
  expect(copies, `files in ${expectedDir} that equal the input: delete them (UPDATE_EXPECTED=1 does)`).toEqual([]);
  expect(after).toEqual({ ...before, ...expected });
}
