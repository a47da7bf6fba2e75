import fs from 'node:fs';
import path from 'node:path';
import type { JSXElement, Node } from '@babel/types';
import { findAll } from '../ast/walk.js';
import { folderEntries, isOutsideRouting } from './app-folders.js';
import type { FileStore } from './file-store.js';

const LAYOUT_FILES = ['layout.tsx', 'layout.ts', 'layout.jsx', 'layout.js'];

export interface RootLayouts {
  /**
   * The layouts that render `<body>` with no such layout above them: `app/layout`, or, when that one only
   * passes `children` through (next-intl), `app/[locale]/layout`, or one per route group.
   */
  found: string[];
  /** Every layout file looked at on the way, for the message when none renders `<body>`. */
  examined: string[];
}

/**
 * Finds the root layouts of the App Router folder `appDir` (relative to `root`). Next.js allows several
 * (route groups without `app/layout`) and a pass-through `app/layout`: the root layout of a branch is the
 * top-most layout that renders `<html>` and `<body>`. Private (`_x`), parallel (`@x`) and intercepting
 * (`(.)x`) folders cannot hold one and are not searched.
 */
export function findRootLayouts(files: FileStore, appDir: string): RootLayouts {
  const result: RootLayouts = { found: [], examined: [] };
  visit(files, appDir, result);
  return result;
}

function visit(files: FileStore, dir: string, result: RootLayouts): void {
  const layout = LAYOUT_FILES.map((name) => `${dir}/${name}`).find((file) => isFile(path.join(files.root, file)));
  if (layout !== undefined) {
    result.examined.push(layout);
    if (rendersBody(files, layout)) {
      result.found.push(layout);
      return;
    }
  }
  for (const name of subfolders(path.join(files.root, dir))) visit(files, `${dir}/${name}`, result);
}

function subfolders(dir: string): string[] {
  return folderEntries(dir)
    .filter((entry) => entry.isDirectory() && !isOutsideRouting(entry.name) && entry.name !== 'node_modules')
    .map((entry) => entry.name);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function rendersBody(files: FileStore, file: string): boolean {
  const source = files.text(file);
  if (source === null) return false;
  const ast = files.parse(file);
  // Planning the edit reports a file that does not parse; a nested layout is no stand-in for it.
  if (!ast) return true;
  if (!source.includes('<body')) return false;
  const bodies = findAll(
    ast.program,
    (node: Node): node is JSXElement =>
      node.type === 'JSXElement' && node.openingElement.name.type === 'JSXIdentifier' && node.openingElement.name.name === 'body',
  );
  return bodies.length > 0;
}
