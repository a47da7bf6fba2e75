import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from '../errors.js';

export interface PackageJson {
  name?: string;
  packageManager?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: unknown;
  [key: string]: unknown;
}

export function readPackageJson(root: string): PackageJson {
  const file = path.join(root, 'package.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ProjectError(
      `No package.json in ${root}.`,
      'Run amplify-next in the root of your Next.js app, or pass --cwd <dir>.',
    );
  }
  try {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as PackageJson;
  } catch (error) {
    throw new ProjectError(
      `package.json in ${root} is not valid JSON (${(error as Error).message}).`,
      'Fix package.json and run the command again.',
    );
  }
}

/** The version spec a package is declared with, in dependencies or devDependencies. */
export function declaredSpec(pkg: PackageJson, name: string): string | undefined {
  return pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
}
