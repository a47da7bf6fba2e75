import path from 'node:path';

const normalRoots = new Map<string, boolean>();

/** Whether `root` is absolute and normalized (no `.`, `..`, doubled or trailing separator), asked once per root. */
function isNormalRoot(root: string): boolean {
  let normal = normalRoots.get(root);
  if (normal === undefined) {
    normal = path.isAbsolute(root) && path.normalize(root) === root && !root.endsWith(path.sep);
    normalRoots.set(root, normal);
  }
  return normal;
}

/** A `.` or `..` segment, or an empty one, in a path below a root. */
const NOT_NORMAL = /(?:^|[/\\])\.\.?(?:[/\\]|$)|[/\\]{2}|^[/\\]|[/\\]$/;

/** `file` relative to `root`, with `/` on every platform: how paths are shown, compared and written in imports. */
export function toProjectPath(root: string, file: string): string {
  // A path a walk under `root` built: its relative part is what follows the root, nothing to resolve.
  if (file.startsWith(root) && file[root.length] === path.sep && isNormalRoot(root)) {
    const inner = file.slice(root.length + 1);
    if (inner !== '' && !NOT_NORMAL.test(inner)) return path.sep === '/' ? inner : inner.split(path.sep).join('/');
  }
  return path.relative(root, file).split(path.sep).join('/');
}
