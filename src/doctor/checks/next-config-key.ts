import type { Node, ObjectProperty } from '@babel/types';
import { walk } from '../../ast/walk.js';
import { planNextConfig } from '../../generate/next-config.js';
import { emptyPlan } from '../../plan/plan.js';
import type { Check } from '../check.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { nextConfigFile } from './next-config-file.js';

const WRONG_KEY = 'serverComponentsPackages';

export function keyName(property: ObjectProperty): string | undefined {
  if (property.computed) return undefined;
  return property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : undefined;
}

/** The Amplify docs' `serverComponentsPackages`, a key no Next.js version reads. */
export const nextConfigKeyCheck: Check = {
  codes: ['next-config-unknown-key'],
  run(project) {
    const file = nextConfigFile(project);
    if (file === undefined || !project.read(file)?.includes(WRONG_KEY)) return [];
    const ast = project.parse(file);
    const keys: Node[] = [];
    if (ast) walk(ast.program, (node) => void (node.type === 'ObjectProperty' && keyName(node) === WRONG_KEY && keys.push(node.key)));
    const next = project.info.next;
    const target =
      next === undefined
        ? 'the key your Next.js version reads'
        : next.major >= 15
          ? 'serverExternalPackages'
          : 'experimental.serverComponentsExternalPackages';
    return keys.map((key) => ({
      code: 'next-config-unknown-key',
      severity: 'warning' as const,
      file,
      ...positionOf(key),
      message: `Next.js does not read ${WRONG_KEY} (the Amplify docs' key): it prints "Unrecognized key(s)" and ignores the packages listed there.`,
      fix: `Rename it to ${target}.`,
      docs: DOCS.nextExternalPackages,
      fixable: next !== undefined,
    }));
  },
  fix(project, findings) {
    const plan = emptyPlan();
    const next = project.info.next;
    if (next !== undefined && findings.some((finding) => finding.code === 'next-config-unknown-key'))
      planNextConfig(plan, { ...project.info, next });
    return plan;
  },
};
