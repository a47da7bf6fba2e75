import semver from 'semver';
import { installedVersion } from '../project/installed-package.js';
import { declaredSpec, type PackageJson } from '../project/package-json.js';

/** The project's aws-amplify version: installed first, else the lowest the declared range allows. */
export function projectAmplifyVersion(root: string, pkg: PackageJson): string | undefined {
  const installed = semver.valid(installedVersion(root, 'aws-amplify'));
  if (installed) return installed;
  const spec = declaredSpec(pkg, 'aws-amplify');
  if (!spec || semver.validRange(spec) === null) return undefined;
  return semver.minVersion(spec)?.version;
}
