import fs from 'node:fs';
import path from 'node:path';
import type { PackageJson } from './package-json.js';

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
export function detectPackageManager(
  root: string,
  pkg: PackageJson,
  userAgent: string | undefined = process.env.npm_config_user_agent,
): PackageManager {
  const fromField = typeof pkg.packageManager === 'string' ? pkg.packageManager.split('@')[0] : undefined;
  if (isPackageManager(fromField)) return { name: fromField, source: 'packageManager field' };

  for (let dir = root; ; dir = path.dirname(dir)) {
    for (const [lockfile, name] of LOCKFILES) {
      if (fs.existsSync(path.join(dir, lockfile))) return { name, source: 'lockfile' };
    }
    if (path.dirname(dir) === dir) break;
  }

  const fromAgent = userAgent?.split('/')[0];
  if (isPackageManager(fromAgent)) return { name: fromAgent, source: 'user agent' };
  return { name: 'npm', source: 'default' };
}
