import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Entry {
  /** sha256 of a file, `-> target` of a symlink, `dir` of a folder. */
  what: string;
  uid: number;
  gid: number;
  mode: number;
}

/** Every entry under `root` (symlinks not followed, `.git` left out), for comparing a tree before and after. */
export function snapshot(root: string, dir = root): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    if (name === '.git') continue;
    const full = path.join(dir, name);
    const stat = fs.lstatSync(full);
    const what = stat.isSymbolicLink()
      ? `-> ${fs.readlinkSync(full)}`
      : stat.isDirectory()
        ? 'dir'
        : createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    out[path.relative(root, full).split(path.sep).join('/')] = { what, uid: stat.uid, gid: stat.gid, mode: stat.mode & 0o7777 };
    if (stat.isDirectory()) Object.assign(out, snapshot(root, full));
  }
  return out;
}

/** Temp files a write phase may leave behind. */
export function tempFiles(root: string): string[] {
  return Object.keys(snapshot(root)).filter((file) => /\.amplify-next-\d+\.tmp$/.test(file));
}
