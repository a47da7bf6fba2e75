import { ProjectError } from '../errors.js';
import { storeOf, type FileStore } from './file-store.js';

export interface PackageJson {
  name?: string;
  packageManager?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: unknown;
  [key: string]: unknown;
}

export function readPackageJson(project: FileStore | string): PackageJson {
  const files = storeOf(project);
  const { root } = files;
  const text = files.editableText('package.json');
  if (text === null) {
    throw new ProjectError(`No package.json in ${root}.`, 'Run amplify-next in the root of your Next.js app, or pass --cwd <dir>.');
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
