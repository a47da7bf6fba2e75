import fs from 'node:fs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Gives `file` the owner and group of `like` (the file it replaces, or the folder a new file goes into).
 * Only root can give a file away; others keep what the system gives them.
 */
export function takeOwnerOf(file: string, like: fs.Stats): void {
  if (!isRoot) return;
  const current = fs.statSync(file);
  if (current.uid !== like.uid || current.gid !== like.gid) fs.chownSync(file, like.uid, like.gid);
}

/** Whether the write bit says `stat`'s file may be replaced (root ignores the permissions; we do not). */
export function isReadOnly(file: string, stat: fs.Stats): boolean {
  if ((stat.mode & 0o222) === 0) return true;
  if (isRoot) return false;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}
