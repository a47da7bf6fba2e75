import type { File, Node } from '@babel/types';
import { walk } from '../ast/walk.js';

export interface GuardFacts {
  /** The first `new URL('/path', …)` target: where the guard sends signed-out users. */
  signInPath?: string;
  /** `config.matcher` strings; `null` when it is there but not literal strings; absent when there is none. */
  matcher?: string[] | null;
  /** `config.runtime` or `export const runtime`, when it is a literal string. */
  runtime?: string;
}

/** Whether a guard's runtime setting asks for the Edge runtime (Next.js 16's proxy runs on Node.js only). */
export function isEdgeRuntime(runtime: string | undefined): boolean {
  return runtime === 'edge' || runtime === 'experimental-edge';
}

/** Reads what the guard (middleware or proxy, its parsed module) does, without running it. Unparsable code gives no facts. */
export function readGuardFacts(ast: File | null): GuardFacts {
  if (!ast) return {};
  const facts: GuardFacts = {};
  walk(ast.program, (node) => {
    if (
      facts.signInPath === undefined &&
      node.type === 'NewExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'URL' &&
      node.arguments[0]?.type === 'StringLiteral' &&
      node.arguments[0].value.startsWith('/')
    ) {
      facts.signInPath = node.arguments[0].value;
    }
    if (node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'VariableDeclaration') {
      for (const d of node.declaration.declarations) {
        if (d.id.type === 'Identifier' && d.id.name === 'runtime' && d.init?.type === 'StringLiteral') facts.runtime = d.init.value;
        if (d.id.type === 'Identifier' && d.id.name === 'config' && d.init?.type === 'ObjectExpression') {
          for (const p of d.init.properties) {
            if (p.type !== 'ObjectProperty') continue;
            const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
            if (key === 'matcher') facts.matcher = matcherStrings(p.value);
            if (key === 'runtime' && p.value.type === 'StringLiteral') facts.runtime = p.value.value;
          }
        }
      }
    }
  });
  return facts;
}

function matcherStrings(node: Node): string[] | null {
  if (node.type === 'StringLiteral') return [node.value];
  if (node.type !== 'ArrayExpression') return null;
  const values = node.elements.map((e) => (e?.type === 'StringLiteral' ? e.value : undefined));
  return values.every((v): v is string => v !== undefined) ? values : null;
}

/**
 * Whether a guard with this matcher runs for `/api/auth/sign-in`. No matcher means every route;
 * a non-literal matcher cannot be judged (undefined).
 */
export function matcherGuardsAuthRoutes(facts: GuardFacts): boolean | undefined {
  if (facts.matcher === undefined) return true;
  if (facts.matcher === null) return undefined;
  return facts.matcher.some((pattern) => {
    if (pattern.includes('(?!')) return !/\(\?![^)]*\bapi\b/.test(pattern);
    return pattern === '/:path*' || pattern.startsWith('/api') || pattern === '/(.*)';
  });
}
