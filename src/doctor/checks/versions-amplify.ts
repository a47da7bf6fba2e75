import semver from 'semver';
import { ADAPTER, AMPLIFY, formatCommand, installCommand } from '../../install/dependencies.js';
import { describe } from '../../install/resolve-packages.js';
import { projectPackage } from '../../project/package-versions.js';
import type { Check } from '../check.js';
import { DOCS } from '../docs.js';
import { dependencyPosition } from './package-position.js';

/** aws-amplify against the installed adapter's peer range. */
export const amplifyVersionCheck: Check = {
  codes: ['amplify-version'],
  run(project) {
    const { info } = project;
    const amplify = projectPackage(info.root, info.packageJson, AMPLIFY);
    const adapter = projectPackage(info.root, info.packageJson, ADAPTER);
    const peer = adapter?.peerDependencies?.[AMPLIFY];
    if (amplify?.version === undefined || peer === undefined || semver.validRange(peer) === null || semver.satisfies(amplify.version, peer))
      return [];
    const lowest = semver.minVersion(peer)?.version;
    return [
      {
        code: 'amplify-version',
        severity: 'error',
        file: 'package.json',
        ...dependencyPosition(project, AMPLIFY),
        message: `${ADAPTER} ${adapter!.version} needs aws-amplify ${peer}, and the project has ${describe(amplify)}: the package manager reports a peer conflict, and the server code can fail on APIs the old aws-amplify lacks.`,
        fix: `Upgrade it: ${formatCommand(installCommand(info.packageManager.name, [`${AMPLIFY}@${lowest ? `^${lowest}` : 'latest'}`]))}`,
        docs: DOCS.ssr,
        fixable: false,
      },
    ];
  },
};
