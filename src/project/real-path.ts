import fs from 'node:fs';
import path from 'node:path';

const MAX_LINKS = 40;

/**
 * Where `file` really is: every symlink on the way resolved, also when the file (or a link's target) does not
 * exist yet, so that a file about to be created is placed where the write would really land.
 */
export function realLocation(file: string, links = 0): string {
  try {
    return fs.realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(file);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) {
    // A dangling link: a write would create its target.
    if (links >= MAX_LINKS) throw Object.assign(new Error(`ELOOP: too many symbolic links, ${file}`), { code: 'ELOOP', path: file });
    return realLocation(path.resolve(path.dirname(file), fs.readlinkSync(file)), links + 1);
  }
  const parent = path.dirname(file);
  if (parent === file) return file;
  return path.join(realLocation(parent, links), path.basename(file));
}

/** Whether `file` is `root` itself or lies below it (both absolute, compared as they are written). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`));
}

export type ProjectLocation = { inside: true; path: string } | { inside: false; real: string };

/**
 * `file` (absolute) where it really is: inside the project, as a path under `root` as the user named it
 * (so that relative paths and aliases still line up), or outside it, with its real path.
 */
export function projectLocation(root: string, file: string): ProjectLocation {
  const real = realLocation(file);
  const realRoot = realLocation(root);
  if (!isInside(realRoot, real)) return { inside: false, real };
  return { inside: true, path: path.join(root, path.relative(realRoot, real)) };
}
