import semver from 'semver';
import { installedManifest } from './installed-package.js';
import { declaredSpec, type PackageJson } from './package-json.js';

/** A dependency as the project has it: the installed copy first, else what package.json declares. */
export interface ProjectPackage {
  name: string;
  /** The installed version, else the lowest the declared range allows; absent when neither tells. */
  version?: string;
  source: 'installed' | 'declared';
  /** The spec package.json declares it with. */
  spec: string;
  /** The installed copy's own peer dependencies (unknown for a package that is only declared). */
  peerDependencies?: Record<string, string>;
}

interface Manifest {
  version?: string;
  peerDependencies?: Record<string, string>;
}

/**
 * `undefined` when package.json does not declare the package: a copy that is only there (hoisted, or
 * another package's dependency) is not the project's, and gets declared by the install.
 */
export function projectPackage(root: string, pkg: PackageJson, name: string): ProjectPackage | undefined {
  const spec = declaredSpec(pkg, name);
  if (spec === undefined) return undefined;
  const manifest = installedManifest(root, name) as Manifest | undefined;
  const installed = semver.valid(manifest?.version ?? null);
  if (installed) return { name, version: installed, source: 'installed', spec, peerDependencies: manifest?.peerDependencies ?? {} };
  return { name, version: lowestVersion(spec), source: 'declared', spec };
}

function lowestVersion(spec: string): string | undefined {
  if (semver.validRange(spec) === null) return undefined;
  try {
    return semver.minVersion(spec)?.version;
  } catch {
    return undefined;
  }
}
