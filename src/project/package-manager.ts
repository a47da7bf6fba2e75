import fs from 'node:fs';
import path from 'node:path';
import type { PackageJson } from './package-json.js';
import { readUtf8File } from './read-file.js';

export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'] as const;
export type PackageManagerName = (typeof PACKAGE_MANAGERS)[number];

export interface PackageManager {
  name: PackageManagerName;
  source: 'flag' | 'packageManager field' | 'lockfile' | 'user agent' | 'default';
}

const LOCKFILES: Array<[string, PackageManagerName]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
];

function isPackageManager(name: string | undefined): name is PackageManagerName {
  return PACKAGE_MANAGERS.includes(name as PackageManagerName);
}

/** The `packageManager` field, then lockfiles up to the workspace root, then the user agent; default npm. */
export function detectPackageManager(root: string, pkg: PackageJson, userAgent: string | undefined): PackageManager {
  const fromField = typeof pkg.packageManager === 'string' ? pkg.packageManager.split('@')[0] : undefined;
  if (isPackageManager(fromField)) return { name: fromField, source: 'packageManager field' };

  for (const dir of workspaceDirs(root)) {
    for (const [lockfile, name] of LOCKFILES) {
      if (fs.existsSync(path.join(dir, lockfile))) return { name, source: 'lockfile' };
    }
  }

  const fromAgent = userAgent?.split('/')[0];
  if (isPackageManager(fromAgent)) return { name: fromAgent, source: 'user agent' };
  return { name: 'npm', source: 'default' };
}

/**
 * The project folder and, when it sits inside a workspace (an ancestor with pnpm-workspace.yaml or a
 * package.json with "workspaces"), every folder up to that workspace root. We never look past a git root
 * or outside a workspace, so a stray lockfile in a home folder never decides.
 */
function workspaceDirs(root: string): string[] {
  const ancestors: string[] = [];
  for (let dir = root; !fs.existsSync(path.join(dir, '.git'));) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    ancestors.push(parent);
    dir = parent;
  }
  const workspaceRoot = ancestors.findIndex(isWorkspaceRoot);
  return [root, ...ancestors.slice(0, workspaceRoot + 1)];
}

function isWorkspaceRoot(dir: string): boolean {
  if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return true;
  try {
    const file = path.join(dir, 'package.json');
    const text = readUtf8File(file, file);
    return text !== null && (JSON.parse(text) as { workspaces?: unknown }).workspaces !== undefined;
  } catch {
    return false;
  }
}
