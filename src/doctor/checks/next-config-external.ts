import type { StringLiteral } from '@babel/types';
import { walk } from '../../ast/walk.js';
import type { Check } from '../check.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { keyName } from './next-config-key.js';
import { nextConfigFile } from './next-config-file.js';

const EXTERNAL_KEYS = new Set(['serverExternalPackages', 'serverComponentsExternalPackages', 'serverComponentsPackages']);

/**
 * `aws-amplify` as a whole among the server's external packages, in an app with a Pages Router: there it
 * breaks `runWithAmplifyServerContext` (amplify-js#12856); an App Router app may list it.
 */
export const nextConfigExternalCheck: Check = {
  codes: ['next-config-external-amplify'],
  run(project) {
    if (project.info.layout.routers.pages === undefined) return [];
    const file = nextConfigFile(project);
    if (file === undefined || !project.read(file)?.includes('aws-amplify')) return [];
    const ast = project.parse(file);
    const found: StringLiteral[] = [];
    if (ast) {
      walk(ast.program, (node) => {
        if (node.type !== 'ObjectProperty' || !EXTERNAL_KEYS.has(keyName(node) ?? '') || node.value.type !== 'ArrayExpression') return;
        for (const element of node.value.elements)
          if (element?.type === 'StringLiteral' && element.value === 'aws-amplify') found.push(element);
      });
    }
    return found.map((literal) => ({
      code: 'next-config-external-amplify',
      severity: 'error' as const,
      file,
      ...positionOf(literal),
      message:
        "'aws-amplify' as a whole is listed as an external server package, which breaks runWithAmplifyServerContext in the Pages Router (amplify-js#12856).",
      fix: "Remove 'aws-amplify' from the list; if the build fails on @aws-crypto (\"Cannot get final name for export 'fromUtf8'\"), list '@aws-crypto' instead.",
      docs: DOCS.nextExternalPackages,
      fixable: false,
    }));
  },
};
