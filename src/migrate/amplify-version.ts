import semver from 'semver';
import { installedVersion } from '../project/installed-package.js';
import { declaredSpec, type PackageJson } from '../project/package-json.js';

export interface AmplifyVersion {
  version: string;
  /** Read from node_modules, or the lowest version the package.json range allows. */
  source: 'installed' | 'declared';
}

/** The project's aws-amplify version: installed first, else the lowest the declared range allows. */
export function projectAmplifyVersion(root: string, pkg: PackageJson): AmplifyVersion | undefined {
  const installed = semver.valid(installedVersion(root, 'aws-amplify'));
  if (installed) return { version: installed, source: 'installed' };
  const spec = declaredSpec(pkg, 'aws-amplify');
  if (!spec || semver.validRange(spec) === null) return undefined;
  const lowest = semver.minVersion(spec)?.version;
  return lowest ? { version: lowest, source: 'declared' } : undefined;
}
