import type { File, Function as FunctionNode, Node } from '@babel/types';
import { GUARD_EXTENSIONS } from '../../project/setup-paths.js';
import type { DoctorProject } from '../check.js';

/** The `middleware.*` / `proxy.*` files where Next.js reads them (the root, or `src/` in a src layout). */
export function guardFiles(project: DoctorProject): string[] {
  const base = project.info.layout.srcDir ? 'src/' : '';
  return ['middleware', 'proxy']
    .flatMap((name) => GUARD_EXTENSIONS.map((ext) => `${base}${name}.${ext}`))
    .filter((file) => project.read(file) !== null);
}

export function isGuardFile(project: DoctorProject, file: string): boolean {
  const base = project.info.layout.srcDir ? 'src/' : '';
  return new RegExp(`^${base}(middleware|proxy)\\.(${GUARD_EXTENSIONS.join('|')})$`).test(file);
}

export function hasDirective(ast: File, directive: 'use client' | 'use server'): boolean {
  return ast.program.directives.some((d) => d.value.value === directive);
}

/** App Router files that Next.js renders or runs on the server (unless marked 'use client'). */
const APP_SERVER_FILE = /(^|\/)(page|layout|route|template|default|not-found)\.(tsx?|jsx?|mjs)$/;

function under(file: string, dir: string | undefined): boolean {
  return dir !== undefined && file.startsWith(`${dir}/`);
}

export function inPagesRouter(project: DoctorProject, file: string): boolean {
  return under(file, project.info.layout.routers.pages);
}

/**
 * Modules whose code all runs on the server: 'use server' modules, App Router pages, layouts and route
 * handlers without 'use client', and Pages Router API routes.
 */
export function isServerModule(project: DoctorProject, file: string, ast: File): boolean {
  if (hasDirective(ast, 'use server')) return true;
  if (hasDirective(ast, 'use client')) return false;
  const { app, pages } = project.info.layout.routers;
  if (under(file, app)) return APP_SERVER_FILE.test(file.slice(app!.length));
  return under(file, pages ? `${pages}/api` : undefined);
}

const SERVER_DATA_FUNCTIONS = new Set(['getServerSideProps', 'getStaticProps', 'getStaticPaths']);

function isFunction(node: Node): boolean {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/**
 * Whether a node, given its ancestors (outermost first), runs on the server in any module: inside
 * `getServerSideProps` (and the other Pages Router data functions), an inline Server Action, or the
 * `operation` that `runWithAmplifyServerContext` runs.
 */
export function inServerFunction(ancestors: readonly Node[]): boolean {
  return ancestors.some((node, i) => {
    if (node.type === 'ObjectMethod') {
      // `operation(contextSpec) { … }` (also `async`), the method form of the same option.
      const call = ancestors[i - 2];
      return !node.computed && node.key.type === 'Identifier' && node.key.name === 'operation' && isRunnerCall(call);
    }
    if (!isFunction(node)) return false;
    // A Server Action declared inline: `async function save() { 'use server'; … }`.
    const body = (node as FunctionNode).body;
    if (body.type === 'BlockStatement' && body.directives.some((d) => d.value.value === 'use server')) return true;
    if (node.type === 'FunctionDeclaration' && node.id && SERVER_DATA_FUNCTIONS.has(node.id.name)) return true;
    const parent = ancestors[i - 1];
    if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && SERVER_DATA_FUNCTIONS.has(parent.id.name)) return true;
    if (parent?.type === 'ObjectProperty' && !parent.computed && parent.key.type === 'Identifier' && parent.key.name === 'operation') {
      return isRunnerCall(ancestors[i - 3]);
    }
    return false;
  });
}

function isRunnerCall(node: Node | undefined): boolean {
  return node?.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'runWithAmplifyServerContext';
}

/** Whether a node sits inside any function (its ancestors, outermost first). */
export function inAnyFunction(ancestors: readonly Node[]): boolean {
  return ancestors.some(isFunction) || ancestors.some((node) => node.type === 'ObjectMethod' || node.type === 'ClassMethod');
}
