import semver from 'semver';
import { installCommand, formatCommand } from '../install/dependencies.js';
import type { ProjectInfo, SourceProject } from './detect.js';
import { installedManifest } from './installed-package.js';

/** Something about the project's versions the user must know before anything is written. */
export interface VersionWarning {
  code: 'node-version' | 'CVE-2025-29927';
  message: string;
  /** The command that fixes it, when there is one. */
  fix?: string;
}

/** Next.js's own `engines.node`, for when the installed package cannot be read. */
const NODE_FOR_NEXT: Record<number, string> = {
  13: '>=16.14.0',
  14: '>=18.17.0',
  15: '^18.18.0 || ^19.8.0 || >=20.0.0',
  16: '>=20.9.0',
};

/** The first release of each line that no longer lets `x-middleware-subrequest` skip the middleware. */
export const MIDDLEWARE_BYPASS_FIXED: Record<number, string> = { 13: '13.5.9', 14: '14.2.25', 15: '15.2.3' };

/** What a command that writes the route guard must say: the Node.js version, then CVE-2025-29927. */
export function versionWarnings(info: ProjectInfo): VersionWarning[] {
  return [nodeWarning(info), middlewareBypassWarning(info)].filter((w): w is VersionWarning => w !== undefined);
}

/** The running Node.js against what the project's Next.js declares it needs. */
export function nodeWarning(info: SourceProject, nodeVersion = process.versions.node): VersionWarning | undefined {
  const needed = installedNextEngine(info.root) ?? (info.next ? NODE_FOR_NEXT[info.next.major] : undefined);
  if (!needed || semver.satisfies(nodeVersion, needed)) return undefined;
  return {
    code: 'node-version',
    message: `${nextName(info)} needs Node.js ${needed}, and this is Node.js ${nodeVersion}: next dev and next build will refuse to run. Upgrade Node.js (e.g. to the current LTS).`,
  };
}

function installedNextEngine(root: string): string | undefined {
  const engines = installedManifest(root, 'next')?.engines;
  const range = typeof engines === 'object' && engines !== null ? (engines as { node?: unknown }).node : undefined;
  return typeof range === 'string' && semver.validRange(range) ? range : undefined;
}

/** CVE-2025-29927: on these versions a request can skip the middleware, and with it the guard we write. */
function middlewareBypassWarning(info: ProjectInfo): VersionWarning | undefined {
  const fixed = MIDDLEWARE_BYPASS_FIXED[info.next.major];
  if (!fixed || !semver.lt(info.next.version, fixed)) return undefined;
  const fix = formatCommand(installCommand(info.packageManager.name, [`next@^${fixed}`]));
  return {
    code: 'CVE-2025-29927',
    message: `${nextName(info)} is affected by CVE-2025-29927: a request with an x-middleware-subrequest header skips the middleware, so the route guard can be bypassed. Upgrade Next.js to ${fixed} or later: ${fix}`,
    fix,
  };
}

function nextName(info: SourceProject): string {
  if (!info.next) return 'The installed Next.js';
  return `Next.js ${info.next.version}${info.next.source === 'declared' ? ' (the lowest version package.json allows)' : ''}`;
}
