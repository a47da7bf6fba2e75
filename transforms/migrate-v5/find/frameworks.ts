import { stringValue } from '../../../src/ast/tree.js';
import type { FileMigration } from './file-migration.js';

const NON_NEXTJS_MODULES =
  /^(@remix-run\/|@sveltejs\/kit|\$app\/|nuxt|#app|#imports|h3$|express$|koa|fastify|@nestjs\/|hono|@hapi\/|astro|@builder\.io\/qwik-city|@solidjs\/start)/;

/** A17: Remix/SvelteKit/Nuxt/Express code calling withSSRContext. */
export function nonNextjsFramework(ctx: FileMigration): string | undefined {
  const path = ctx.filePath.replace(/\\/g, '/');
  if (/\+(page|layout)(\.server)?\.(m|c)?[tj]s$|\+server\.(m|c)?[tj]s$|hooks\.server\.(m|c)?[tj]s$/.test(path)) return 'SvelteKit';
  for (const stmt of ctx.tree.program.body) {
    if (stmt.type === 'ImportDeclaration' && NON_NEXTJS_MODULES.test(stmt.source.value)) return frameworkName(stmt.source.value);
  }
  for (const node of ctx.tree.all) {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier') {
      const callee = node.callee.name;
      if (callee === 'require') {
        const m = stringValue(node.arguments[0]);
        if (m && NON_NEXTJS_MODULES.test(m)) return frameworkName(m);
      }
      if (/^define(EventHandler|NuxtRouteMiddleware|NuxtPlugin|NitroPlugin)$|^eventHandler$/.test(callee)) return 'Nuxt';
    }
  }
  if (/(^|\/)app\/routes\//.test(path) && /export\s+(async\s+)?(function|const)\s+(loader|action)\b/.test(ctx.source)) return 'Remix';
  return undefined;
}

function frameworkName(module: string): string {
  if (module.startsWith('@remix-run/')) return 'Remix';
  if (module.startsWith('@sveltejs/kit') || module.startsWith('$app/')) return 'SvelteKit';
  if (/^(nuxt|#app|#imports|h3)/.test(module)) return 'Nuxt';
  if (module === 'express') return 'Express';
  return module;
}
