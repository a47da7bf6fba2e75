import semver from 'semver';
import { ProjectError } from '../errors.js';
import { installedVersion } from './installed-package.js';
import { declaredSpec, type PackageJson } from './package-json.js';

/** The Next.js versions amplify-next generates code for. */
export const SUPPORTED_NEXT_RANGE = '>=13.5.0 <17.0.0';

/** The newest major inside the range: its canaries are accepted, a canary of the next major is not. */
const NEWEST_MAJOR = 16;

export interface NextVersion {
  version: string;
  major: 13 | 14 | 15 | 16;
  source: 'installed' | 'declared';
}

/** The installed `next` (resolved from the project) first, else the lowest version the declared range allows. */
export function detectNextVersion(root: string, pkg: PackageJson): NextVersion {
  const spec = declaredSpec(pkg, 'next');
  if (spec === undefined) {
    throw new ProjectError(
      `package.json in ${root} does not declare "next".`,
      'Run amplify-next in a Next.js app (next in dependencies), or pass --cwd <dir>.',
    );
  }
  const installed = installedNextVersion(root);
  const found = installed ?? lowestDeclaredVersion(spec);
  if (found === undefined) {
    throw new ProjectError(
      `Cannot tell which Next.js version "next": "${spec}" means.`,
      'Install your dependencies (npm install) so the installed version can be read, then run again.',
    );
  }
  return checkSupported(found, installed ? 'installed' : 'declared');
}

function installedNextVersion(root: string): string | undefined {
  return semver.valid(installedVersion(root, 'next')) ?? undefined;
}

function lowestDeclaredVersion(spec: string): string | undefined {
  if (/^(workspace|catalog|link|file|git|github|npm|http|https):/.test(spec)) return undefined;
  if (semver.validRange(spec) === null) return undefined;
  try {
    return semver.minVersion(spec)?.version;
  } catch {
    return undefined;
  }
}

function checkSupported(version: string, source: NextVersion['source']): NextVersion {
  const major = semver.major(version);
  // `<17.0.0` with prereleases would let 17.0.0-canary.1 in: a canary counts as its own major.
  if (major > NEWEST_MAJOR) {
    throw new ProjectError(
      `Next.js ${version} found, but amplify-next supports ${SUPPORTED_NEXT_RANGE} (Next.js 13.5–${NEWEST_MAJOR}).`,
      `Use amplify-next on a Next.js 13.5–${NEWEST_MAJOR} app.`,
    );
  }
  if (!semver.satisfies(version, SUPPORTED_NEXT_RANGE, { includePrerelease: true })) {
    throw new ProjectError(
      `Next.js ${version} found, but amplify-next supports ${SUPPORTED_NEXT_RANGE}.`,
      'Upgrade Next.js to 13.5 or later (npx @next/codemod upgrade), then run again.',
    );
  }
  return { version, major: major as NextVersion['major'], source };
}
