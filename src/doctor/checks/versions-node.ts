import { nodeWarning } from '../../project/version-warnings.js';
import type { Check } from '../check.js';
import { DOCS } from '../docs.js';
import { dependencyPosition } from './package-position.js';

/** The running Node.js against what the project's Next.js declares it needs. */
export const nodeVersionCheck: Check = {
  codes: ['node-version'],
  run(project) {
    const warning = nodeWarning(project.info);
    if (warning === undefined) return [];
    return [
      {
        code: 'node-version',
        severity: 'error',
        file: 'package.json',
        ...dependencyPosition(project, 'next'),
        message: warning.message.replace(/ Upgrade Node\.js.*$/, ''),
        fix: 'Upgrade Node.js (e.g. to the current LTS), or pin the Node.js version your CI and host use.',
        docs: DOCS.nextInstallation,
        fixable: false,
      },
    ];
  },
};
