import type { Node } from '@babel/types';
import { walk } from '../../ast/walk.js';
import type { Check, Finding } from '../check.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';

/** Amplify v5's `withSSRContext`, which v6 removed. */
export const withSsrContextCheck: Check = {
  codes: ['v5-with-ssr-context'],
  run(project) {
    const findings: Finding[] = [];
    for (const file of project.sourceFilesContaining('withSSRContext')) {
      const ast = project.parse(file);
      if (!ast) continue;
      let first: Node | undefined;
      walk(ast.program, (node) => {
        if (first === undefined && node.type === 'Identifier' && node.name === 'withSSRContext') first = node;
      });
      if (first === undefined) continue;
      findings.push({
        code: 'v5-with-ssr-context',
        severity: 'error',
        file,
        ...positionOf(first),
        message: 'withSSRContext is Amplify v5: aws-amplify 6 has no such export, so this server code fails to build or throws.',
        fix: 'Run npx amplify-next migrate-v5, which rewrites it to runWithAmplifyServerContext and lists what it cannot.',
        docs: DOCS.v5ToV6,
        fixable: false,
      });
    }
    return findings;
  },
};
