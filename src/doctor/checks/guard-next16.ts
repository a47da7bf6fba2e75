import type { Node } from '@babel/types';
import { isEdgeRuntime, readGuardFacts } from '../../project/guard-facts.js';
import { DOCS } from '../docs.js';
import { guardFiles } from '../guard-files.js';
import { position, WHOLE_FILE } from '../position.js';
import type { Check, DoctorProject, Finding } from '../check.js';

const BOTH = 'guard-both-files';
const PROXY_RUNTIME = 'guard-proxy-runtime';
const DEPRECATED = 'guard-middleware-deprecated';
const RENAME = 'npx @next/codemod@latest middleware-to-proxy .';

/** Next.js 16 renames middleware to proxy: both files fail the build, and a proxy runs on Node.js only. */
export const guardNext16: Check = {
  codes: [BOTH, PROXY_RUNTIME, DEPRECATED],
  run(project) {
    if ((project.info.next?.major ?? 0) < 16) return [];
    const guards = guardFiles(project);
    const middleware = guards.find((guard) => guard.kind === 'middleware');
    const proxy = guards.find((guard) => guard.kind === 'proxy');
    const findings: Finding[] = [];
    if (middleware && proxy) {
      findings.push({
        code: BOTH,
        severity: 'error',
        file: middleware.file,
        ...WHOLE_FILE,
        message: `Both ${middleware.file} and ${proxy.file} exist: Next.js 16 refuses to build with both.`,
        fix: `Move this file's code into ${proxy.file} and delete it.`,
        docs: DOCS.proxy,
        fixable: false,
      });
    }
    if (proxy) {
      const setting = runtimeSetting(project, proxy.file);
      if (setting) {
        findings.push({
          code: PROXY_RUNTIME,
          severity: 'error',
          file: proxy.file,
          ...position(setting),
          message: 'A proxy sets a runtime: Next.js 16 runs proxy on Node.js only and fails the build on this setting.',
          fix: 'Remove the runtime setting (or keep a middleware file, deprecated, for the Edge runtime).',
          docs: DOCS.proxy,
          fixable: false,
        });
      }
    }
    if (middleware && !proxy) {
      const source = project.read(middleware.file);
      if (source !== null && !isEdgeRuntime(readGuardFacts(project.parse(middleware.file)).runtime)) {
        findings.push({
          code: DEPRECATED,
          severity: 'info',
          file: middleware.file,
          ...WHOLE_FILE,
          message: 'Next.js 16 deprecates the middleware file convention: it still runs, but a later version drops it.',
          fix: `Rename it to proxy with \`${RENAME}\` (it renames the file and the function).`,
          docs: DOCS.upgrade16,
          fixable: false,
        });
      }
    }
    return findings;
  },
};

/** `export const runtime = …` or `runtime` in `export const config`, where it is. */
function runtimeSetting(project: DoctorProject, file: string): Node | undefined {
  if (!project.read(file)?.includes('runtime')) return undefined;
  const ast = project.parse(file);
  if (!ast) return undefined;
  for (const statement of ast.program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declaration.declarations) {
      if (declarator.id.type !== 'Identifier') continue;
      if (declarator.id.name === 'runtime') return declarator;
      if (declarator.id.name === 'config' && declarator.init?.type === 'ObjectExpression') {
        const property = declarator.init.properties.find(
          (p) =>
            p.type === 'ObjectProperty' &&
            !p.computed &&
            ((p.key.type === 'Identifier' && p.key.name === 'runtime') || (p.key.type === 'StringLiteral' && p.key.value === 'runtime')),
        );
        if (property) return property;
      }
    }
  }
  return undefined;
}
