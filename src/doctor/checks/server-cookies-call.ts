import type { Expression, File, Node, ObjectProperty } from '@babel/types';
import { planEdit } from '../../generate/plan-edit.js';
import { emptyPlan } from '../../plan/plan.js';
import { applySplices } from '../../ast/splices.js';
import type { Check } from '../check.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { walkWithAncestors } from '../../ast/walk.js';
import { importedName } from '../../ast/import-statements.js';

/** The local name of `cookies` imported from next/headers. */
function cookiesLocal(ast: File): string | undefined {
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== 'next/headers') continue;
    for (const s of statement.specifiers) {
      if (s.type === 'ImportSpecifier' && importedName(s) === 'cookies') return s.local.name;
    }
  }
  return undefined;
}

/**
 * `cookies()` (or `await cookies()`) written as the `cookies` of `nextServerContext: { … }` or of
 * `generateServerClientUsingCookies({ … })`.
 */
interface CookiesProperty {
  property: ObjectProperty;
  value: Expression;
}

export function calledCookies(ast: File): CookiesProperty[] {
  const local = cookiesLocal(ast);
  if (local === undefined) return [];
  const isCall = (node: Node): boolean =>
    node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === local && node.arguments.length === 0;
  const found: CookiesProperty[] = [];
  walkWithAncestors(ast.program, (node, ancestors) => {
    if (node.type !== 'ObjectProperty' || node.computed || node.key.type !== 'Identifier' || node.key.name !== 'cookies') return;
    const value = node.value;
    if (!isCall(value) && !(value.type === 'AwaitExpression' && isCall(value.argument))) return;
    const holder = ancestors[ancestors.length - 2];
    const inContext =
      holder?.type === 'ObjectProperty' && !holder.computed && holder.key.type === 'Identifier' && holder.key.name === 'nextServerContext';
    const inClient =
      holder?.type === 'CallExpression' && holder.callee.type === 'Identifier' && holder.callee.name === 'generateServerClientUsingCookies';
    if (inContext || inClient) found.push({ property: node, value: value as Expression });
  });
  return found;
}

/** `nextServerContext: { cookies: cookies() }`: the adapter needs the function, which it calls (and awaits) itself. */
export const serverCookiesCallCheck: Check = {
  codes: ['server-cookies-called'],
  run(project) {
    return project.sourceFilesContaining('next/headers').flatMap((file) => {
      const ast = project.parse(file);
      return (ast ? calledCookies(ast) : []).map(({ value }) => ({
        code: 'server-cookies-called',
        severity: 'error' as const,
        file,
        ...positionOf(value),
        message:
          'The adapter is given the result of cookies() instead of the cookies function, which it calls itself: it rejects the value with an AmplifyServerContextError, so every request fails (on Next.js 15 and 16 cookies() is even a Promise).',
        fix: 'Pass the function itself: nextServerContext: { cookies }.',
        docs: DOCS.ssr,
        fixable: true,
      }));
    });
  },
  fix(project, findings) {
    const plan = emptyPlan();
    for (const file of [...new Set(findings.filter((f) => f.code === 'server-cookies-called').map((f) => f.file))]) {
      planEdit(plan, project.info.files, file, {
        reason: 'passes the cookies function to the adapter instead of calling it',
        edit: ({ text: source, ast }) => {
          const found = calledCookies(ast);
          if (found.length === 0) return { kind: 'unchanged' };
          const local = cookiesLocal(ast)!;
          // `cookies: cookies()` becomes the shorthand `cookies`, as the docs and init write it.
          const text = local === 'cookies' ? 'cookies' : `cookies: ${local}`;
          const splices = found.map(({ property }) => ({ start: property.start ?? 0, end: property.end ?? 0, text }));
          return { kind: 'changed', text: applySplices(source, splices) };
        },
      });
    }
    return plan;
  },
};
