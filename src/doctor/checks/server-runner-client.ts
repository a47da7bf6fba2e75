import type { Node } from '@babel/types';
import { walk } from '../../ast/walk.js';
import type { Check, Finding } from '../check.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { hasDirective } from './server-files.js';

/** `runWithAmplifyServerContext` in a 'use client' module: it runs in the browser, where there is no request. */
export const serverRunnerClientCheck: Check = {
  codes: ['server-runner-in-client'],
  run(project) {
    const findings: Finding[] = [];
    for (const file of project.sourceFilesContaining('runWithAmplifyServerContext')) {
      const ast = project.parse(file);
      if (!ast || !hasDirective(ast, 'use client')) continue;
      let first: Node | undefined;
      walk(ast.program, (node) => {
        if (first === undefined && node.type === 'Identifier' && node.name === 'runWithAmplifyServerContext') first = node;
      });
      if (first === undefined) continue;
      findings.push({
        code: 'server-runner-in-client',
        severity: 'error',
        file,
        ...positionOf(first),
        message:
          "runWithAmplifyServerContext is used in a 'use client' module: it runs in the browser, with no request cookies, and bundles the server runner and the config into the page.",
        fix: 'Call it in a Server Component, Server Action, route handler or getServerSideProps and pass the result to this component as props; in the browser use the client-side Amplify APIs.',
        docs: DOCS.nextUseClient,
        fixable: false,
      });
    }
    return findings;
  },
};
