import { adapterNeeds, lowestAdapter } from '../../install/adapter-matrix.js';
import { ADAPTER, formatCommand, installCommand } from '../../install/dependencies.js';
import { adapterProblem, describe } from '../../install/resolve-packages.js';
import { projectPackage } from '../../project/package-versions.js';
import type { Check } from '../check.js';
import { authRouteFiles } from './auth-routes-facts.js';
import { DOCS } from '../docs.js';
import { dependencyPosition } from './package-position.js';

/** The adapter against what the project's Next.js and its code need (the matrix `init` installs by). */
export const adapterVersionCheck: Check = {
  codes: ['adapter-version'],
  run(project) {
    const { info } = project;
    const adapter = projectPackage(info.root, info.packageJson, ADAPTER);
    if (adapter === undefined || info.next === undefined) return [];
    const needs = adapterNeeds(info.next.major, { authRoutes: authRouteFiles(project).length > 0 });
    const problem = adapterProblem({ adapter, needs, nextVersion: info.next.version });
    if (problem === null) return [];
    const lowest = lowestAdapter(needs);
    const spec = `${ADAPTER}@${lowest ? `^${lowest}` : 'latest'}`;
    return [
      {
        code: 'adapter-version',
        severity: 'error',
        file: 'package.json',
        ...dependencyPosition(project, ADAPTER),
        message: `${ADAPTER} ${describe(adapter)} does not fit this app, ${problem}.`,
        fix: `Upgrade it: ${formatCommand(installCommand(info.packageManager.name, [spec]))}`,
        docs: DOCS.ssr,
        fixable: false,
      },
    ];
  },
};
