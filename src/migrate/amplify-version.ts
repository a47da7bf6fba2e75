import { createRequire } from 'node:module';
import path from 'node:path';
import semver from 'semver';
import { declaredSpec, type PackageJson } from '../project/package-json.js';

/** The project's aws-amplify version: installed first, else the lowest the declared range allows. */
export function projectAmplifyVersion(root: string, pkg: PackageJson): string | undefined {
  try {
    const manifest = createRequire(path.join(root, 'package.json'))('aws-amplify/package.json') as { version?: string };
    if (manifest.version && semver.valid(manifest.version)) return manifest.version;
  } catch {
    // not installed
  }
  const spec = declaredSpec(pkg, 'aws-amplify');
  if (!spec || semver.validRange(spec) === null) return undefined;
  return semver.minVersion(spec)?.version;
}
