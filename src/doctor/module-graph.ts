import path from 'node:path';
import type { File } from '@babel/types';
import { walk } from '../ast/walk.js';
import { isRouteFile } from '../project/route-files.js';
import { importTargets } from '../generate/import-specifier.js';
import type { DoctorProject } from './check.js';

/** The files Next.js renders every page through: the App Router root layouts and the Pages Router `_app`. */
export interface Entries {
  rootLayouts: string[];
  pagesApp?: string;
}

const stemsOf = new WeakMap<DoctorProject, Map<string, string>>();

/** The entries detection found (the setup's paths): doctor looks at the same root layouts `init` edits. */
export function entries(project: DoctorProject): Entries {
  const { rootLayouts, pagesApp, pagesAppIsNew } = project.info.setup.paths;
  return { rootLayouts: rootLayouts?.found ?? [], pagesApp: pagesAppIsNew ? undefined : pagesApp };
}

/** The project source file an import `specifier` written in `from` loads, if it is one. */
export function resolveImport(project: DoctorProject, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && project.info.aliases === null) return undefined;
  const stems = sourceStems(project);
  for (const target of importTargets(project.info.root, from, specifier, project.info.aliases)) {
    const file = stems.get(target) ?? stems.get(path.join(target, 'index'));
    if (file !== undefined) return file;
  }
  return undefined;
}

/** Absolute path without extension → project file, as import specifiers name them. */
function sourceStems(project: DoctorProject): Map<string, string> {
  let stems = stemsOf.get(project);
  if (stems === undefined) {
    stems = new Map();
    for (const file of project.sourceFiles()) stems.set(path.join(project.info.root, file.replace(/\.[^./]+$/, '')), file);
    stemsOf.set(project, stems);
  }
  return stems;
}

/** Every module `ast` imports, re-exports from or loads with `import('…')` (as `next/dynamic` does). */
export function importSpecifiers(ast: File): string[] {
  const specifiers: string[] = [];
  for (const statement of ast.program.body) {
    if (
      statement.type === 'ImportDeclaration' ||
      ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') && statement.source)
    ) {
      specifiers.push(statement.source!.value);
    }
  }
  walk(ast.program, (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Import' && node.arguments[0]?.type === 'StringLiteral')
      specifiers.push(node.arguments[0].value);
  });
  return specifiers;
}

/**
 * The entries (root layouts, `_app`) that import `file`, directly or through other modules (or are `file`).
 */
export function entriesReaching(project: DoctorProject, file: string): string[] {
  const { rootLayouts, pagesApp } = entries(project);
  const entryFiles = new Set([...rootLayouts, ...(pagesApp ? [pagesApp] : [])]);
  return importersClosure(project, file)
    .filter((importer) => entryFiles.has(importer))
    .sort();
}

/** The route files (pages and the like) that import `file`, directly or through other modules (or are `file`). */
export function routesReaching(project: DoctorProject, file: string): string[] {
  return importersClosure(project, file)
    .filter((importer) => isRouteFile(project.info.layout.routers, importer))
    .sort();
}

const closures = new WeakMap<DoctorProject, Map<string, string[]>>();

/**
 * `file` and every module that imports it, directly or through other modules. Walks the imports upwards:
 * only files whose text names the module are parsed.
 */
function importersClosure(project: DoctorProject, file: string): string[] {
  let byFile = closures.get(project);
  if (byFile === undefined) closures.set(project, (byFile = new Map()));
  const known = byFile.get(file);
  if (known !== undefined) return known;
  const seen = new Set<string>([file]);
  const queue = [file];
  while (queue.length > 0) {
    for (const importer of importersOf(project, queue.shift()!)) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  const closure = [...seen];
  byFile.set(file, closure);
  return closure;
}

function importersOf(project: DoctorProject, file: string): string[] {
  const base = path.posix.basename(file).replace(/\.[^.]+$/, '');
  const name = base === 'index' ? path.posix.basename(path.posix.dirname(file)) : base;
  return project.sourceFilesContaining(name).filter((candidate) => {
    if (candidate === file) return false;
    const ast = project.parse(candidate);
    return ast !== null && importSpecifiers(ast).some((specifier) => resolveImport(project, candidate, specifier) === file);
  });
}
