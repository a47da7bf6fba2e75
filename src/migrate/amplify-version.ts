import { createRequire } from 'node:module';
import path from 'node:path';
import semver from 'semver';
import { declaredSpec, type PackageJson } from '../project/package-json.js';

export interface AmplifyVersion {
  version: string;
  /** Read from node_modules, or the lowest version the package.json range allows. */
  source: 'installed' | 'declared';
}

/** The project's aws-amplify version: installed first, else the lowest the declared range allows. */
export function projectAmplifyVersion(root: string, pkg: PackageJson): AmplifyVersion | undefined {
  try {
    const manifest = createRequire(path.join(root, 'package.json'))('aws-amplify/package.json') as { version?: string };
    if (manifest.version && semver.valid(manifest.version)) return { version: manifest.version, source: 'installed' };
  } catch {
    // not installed
  }
  const spec = declaredSpec(pkg, 'aws-amplify');
  if (!spec || semver.validRange(spec) === null) return undefined;
  const lowest = semver.minVersion(spec)?.version;
  return lowest ? { version: lowest, source: 'declared' } : undefined;
}
