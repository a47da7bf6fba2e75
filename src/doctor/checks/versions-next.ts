import semver from 'semver';
import { formatCommand, installCommand } from '../../install/dependencies.js';
import { SUPPORTED_NEXT_RANGE } from '../../project/next-version.js';
import { projectPackage } from '../../project/package-versions.js';
import { MIDDLEWARE_BYPASS_FIXED } from '../../project/version-warnings.js';
import type { Check, DoctorProject, Finding } from '../check.js';
import { DOCS } from '../docs.js';
import { guardFiles } from './server-files.js';
import { dependencyPosition } from './package-position.js';

const NEWEST_MAJOR = 16;

/** The project's Next.js against what the adapter supports, and CVE-2025-29927 when a guard relies on the middleware. */
export const nextVersionCheck: Check = {
  codes: ['next-version-unsupported', 'next-middleware-bypass'],
  run(project) {
    const next = projectPackage(project.info.root, project.info.packageJson, 'next');
    if (next?.version === undefined) return [];
    const where = { file: 'package.json', ...dependencyPosition(project, 'next') };
    const shown = `Next.js ${next.version}${next.source === 'declared' ? ` (the lowest version "next": "${next.spec}" allows)` : ''}`;
    const supported =
      semver.major(next.version) <= NEWEST_MAJOR && semver.satisfies(next.version, SUPPORTED_NEXT_RANGE, { includePrerelease: true });
    if (!supported) {
      return [
        {
          code: 'next-version-unsupported',
          severity: 'error',
          ...where,
          message: `${shown} is outside what @aws-amplify/adapter-nextjs supports (${SUPPORTED_NEXT_RANGE}): npm refuses to install the adapter (ERESOLVE), or the server code fails at run time.`,
          fix:
            semver.major(next.version) > NEWEST_MAJOR
              ? `Use Next.js 13.5–${NEWEST_MAJOR} until the adapter supports ${semver.major(next.version)}.`
              : 'Upgrade Next.js to 13.5 or later: npx @next/codemod@latest upgrade.',
          docs: DOCS.ssr,
          fixable: false,
        },
      ];
    }
    return bypass(project, next.version, shown, where);
  },
};

function bypass(project: DoctorProject, version: string, shown: string, where: Pick<Finding, 'file' | 'line' | 'column'>): Finding[] {
  const fixed = MIDDLEWARE_BYPASS_FIXED[semver.major(version)];
  const guard = guardFiles(project)[0];
  if (!fixed || !semver.lt(version, fixed) || guard === undefined) return [];
  return [
    {
      code: 'next-middleware-bypass',
      severity: 'error',
      ...where,
      message: `${shown} is affected by CVE-2025-29927: a request with an x-middleware-subrequest header skips ${guard}, so anyone can reach the pages it guards.`,
      fix: `Upgrade Next.js to ${fixed} or later: ${formatCommand(installCommand(project.info.packageManager.name, [`next@^${fixed}`]))}`,
      docs: DOCS.middlewareBypass,
      fixable: false,
    },
  ];
}
