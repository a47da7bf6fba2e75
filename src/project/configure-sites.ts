import fs from 'node:fs';
import path from 'node:path';
import type { CallExpression, Node } from '@babel/types';
import { findSourceFiles } from './source-files.js';
import { walk } from '../../transforms/lib/ast-walk.js';
import { parseModule } from '../../transforms/lib/source.js';

export interface ConfigureSite {
  file: string;
  line: number;
}

function passesSsrTrue(call: CallExpression): boolean {
  const options = call.arguments[1];
  if (options?.type !== 'ObjectExpression') return false;
  return options.properties.some(
    (p) => p.type === 'ObjectProperty' && p.key.type === 'Identifier' && p.key.name === 'ssr' && p.value.type === 'BooleanLiteral' && p.value.value,
  );
}

function isAmplifyConfigure(node: Node): node is CallExpression {
  return (
    node.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'Amplify' &&
    node.callee.property.type === 'Identifier' &&
    node.callee.property.name === 'configure'
  );
}

/**
 * `Amplify.configure(...)` calls without `{ ssr: true }` in the project's own code (other than `skip`):
 * with one of those in the browser, tokens go to localStorage and every server call sees no user.
 */
export function configureWithoutSsr(root: string, skip: string[]): ConfigureSite[] {
  const folders = ['app', 'pages', 'src', 'components', 'lib', 'utils'].filter((dir) => fs.existsSync(path.join(root, dir)));
  if (folders.length === 0) return [];
  const sites: ConfigureSite[] = [];
  for (const file of findSourceFiles(root, folders, root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (skip.includes(relative)) continue;
    const source = fs.readFileSync(file, 'utf8');
    if (!source.includes('Amplify.configure')) continue;
    let ast;
    try {
      ast = parseModule(source, file);
    } catch {
      continue;
    }
    walk(ast.program, (node) => {
      if (isAmplifyConfigure(node) && !passesSsrTrue(node)) sites.push({ file: relative, line: node.loc?.start.line ?? 0 });
    });
  }
  return sites;
}
