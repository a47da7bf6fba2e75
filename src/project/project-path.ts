import path from 'node:path';

/** `file` relative to `root`, with `/` on every platform: how paths are shown, compared and written in imports. */
export function toProjectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
