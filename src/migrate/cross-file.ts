import path from 'node:path';
import type * as t from '@babel/types';
import { parseLikeJscodeshift } from '../ast/parse.js';
import { Tree } from '../ast/tree.js';
import { makeItem } from '../../transforms/migrate-v5/output/review.js';
import { referencesOf } from '../../transforms/migrate-v5/find/scope.js';
import type { HelperEscape, HelperSpec, WrapperSpec } from '../../transforms/migrate-v5/migrate-result.js';
import { wrapperLabel } from '../../transforms/migrate-v5/find/wrappers.js';
import { importTargets } from '../generate/import-specifier.js';
import type { PathAliases } from '../project/path-aliases.js';
import { toProjectPath } from '../project/project-path.js';
import type { MigrationJob, MigrationOutcome } from './migration.js';
import { importedName } from '../ast/import-statements.js';

/**
 * Helpers exported from one module that receive the SSR instance (or a category of it) from callers in
 * others. The workers' run records each such call; here every use of each helper in the project is looked
 * up (a text prefilter, then a parse of the few files that may import the helper's module). A helper whose
 * every use is one of those calls, all in the migrated files, is migrated with its callers: those files run
 * again, in this process, told which helpers and calls go together. Any other use is reported where it is.
 */
export interface CrossFileProject {
  root: string;
  aliases: PathAliases | null;
  /** Every source file of the project (absolute), for the uses outside the migrated paths. */
  projectFiles(): string[];
  /** The files this run migrates (absolute). */
  migrated: Set<string>;
  read(file: string): string | null;
  job(file: string, source: string): MigrationJob;
}

interface Caller extends HelperEscape {
  file: string;
}

/** Where a use is that cannot be followed, and why; the helper (or wrapper) and its callers then stay v5. */
interface Blocker {
  file: string;
  node: t.Node | { line: number; column: number };
  source: string;
  why: string;
}

interface Helper {
  file: string;
  spec: HelperSpec;
  callers: Caller[];
  blockers: Blocker[];
  /** The helper itself could not be migrated (its module says why, in TODO lines). */
  ownFailure?: boolean;
}

/** A wrapper of withSSRContext exported by `file`, and its calls (`line:column`) as the files calling it import it. */
interface Wrapper {
  file: string;
  spec: WrapperSpec;
  callers: { file: string; line: number; column: number; specifier: string }[];
  blockers: Blocker[];
}

type CrossFileJob = Required<Pick<MigrationJob, 'helpers' | 'helperCalls' | 'ssrModules' | 'wrapperModules' | 'dropWrappers'>> & {
  dropReexports?: boolean;
};

export async function migrateAcrossFiles(project: CrossFileProject, outcomes: MigrationOutcome[]): Promise<MigrationOutcome[]> {
  const callers: Caller[] = outcomes.flatMap((o) => (o.crossFile?.escapes ?? []).map((e) => ({ file: o.file, ...e })));
  const reexporters = outcomes.filter((o) => o.crossFile?.reexports.length && project.migrated.has(o.file));
  const wrapperModules = outcomes.filter((o) => o.crossFile?.wrappers.length && project.migrated.has(o.file));
  if (callers.length === 0 && reexporters.length === 0 && wrapperModules.length === 0) return outcomes;
  const modules = moduleIndex(project.projectFiles());
  const helpers = new Map<string, Helper>();
  for (const caller of callers) {
    const file = resolveModule(project, modules, caller.file, caller.specifier);
    if (!file) continue; // a package, or outside the project: the caller's TODO says it
    const key = `${file}#${caller.imported}`;
    let helper = helpers.get(key);
    if (!helper)
      helpers.set(
        key,
        (helper = { file, spec: { name: caller.imported, param: caller.param, passes: caller.passes }, callers: [], blockers: [] }),
      );
    helper.callers.push(caller);
    if (caller.param !== helper.spec.param || caller.passes !== helper.spec.passes) {
      helper.blockers.push({ file: caller.file, node: caller, source: '', why: 'its callers pass the SSR instance in different ways' });
    }
  }
  if (helpers.size > 0) findOtherUses(project, modules, [...helpers.values()]);
  const reexports = reexporters.map((o) => reexportImporters(project, modules, o.file, o.crossFile!.reexports));
  // `export * from 'aws-amplify'` is v6 as it is once nothing takes withSSRContext through it: its TODO goes.
  const droppable = (r: Reexport) => r.blocked.length === 0 && (r.importers.length > 0 || r.starOnly);
  const wrappers = wrapperModules.flatMap((o) =>
    o.crossFile!.wrappers.map((spec): Wrapper => ({ file: o.file, spec, callers: [], blockers: [] })),
  );
  if (wrappers.length > 0) findWrapperCalls(project, modules, wrappers);
  // A wrapper nothing calls stays as it is (its TODO says why): its callers may be where this run cannot look.
  const calledWrappers = wrappers.filter((w) => w.callers.length > 0 || w.blockers.length > 0);
  if (helpers.size === 0 && reexports.every((r) => r.importers.length === 0 && !droppable(r)) && calledWrappers.length === 0) {
    const reported = new Map(outcomes.map((o) => [o.file, o]));
    for (const r of reexports) reportReexportBlockers(project, r, reported);
    return [...reported.values()];
  }

  const byFile = new Map(outcomes.map((o) => [o.file, o]));
  const original = new Map(outcomes.map((o) => [o.file, o]));
  const { migrateOne } = await import('./migrate-one.js');
  // A caller whose unit stays v5 for another reason keeps its helper in v5 too: run again until stable.
  for (let round = 0; round <= helpers.size + calledWrappers.length + 1; round++) {
    const live = [...helpers.values()].filter((h) => h.blockers.length === 0);
    const liveWrappers = calledWrappers.filter((w) => w.blockers.length === 0);
    const jobs = new Map<string, CrossFileJob>();
    const jobOf = (file: string) =>
      jobs.get(file) ??
      (jobs.set(file, { helpers: [], helperCalls: [], ssrModules: [], wrapperModules: [], dropWrappers: [] }), jobs.get(file)!);
    for (const h of live) {
      jobOf(h.file).helpers.push(h.spec);
      if (!h.ownFailure) for (const c of h.callers) jobOf(c.file).helperCalls.push(`${c.line}:${c.column}`);
    }
    for (const w of liveWrappers) {
      jobOf(w.file).dropWrappers.push(w.spec.name);
      for (const c of w.callers) {
        const list = jobOf(c.file).wrapperModules;
        const module = list.find((m) => m.specifier === c.specifier) ?? (list.push({ specifier: c.specifier, wrappers: [] }), list.at(-1)!);
        if (!module.wrappers.includes(w.spec)) module.wrappers.push(w.spec);
      }
    }
    for (const r of reexports) {
      for (const i of r.importers) jobOf(i.file).ssrModules.push({ specifier: i.specifier, names: i.names });
      if (r.drop) jobOf(r.file).dropReexports = true;
    }
    for (const [file, extra] of jobs) {
      const source = original.get(file)?.source ?? project.read(file);
      if (source === null) continue;
      byFile.set(file, migrateOne({ ...project.job(file, source), ...extra }));
    }
    let settled = true;
    for (const h of live) {
      if (h.ownFailure) continue;
      if (!byFile.get(h.file)?.crossFile?.helpersMigrated.includes(h.spec.name)) {
        h.ownFailure = true;
        settled = false;
        continue;
      }
      const stuck = h.callers.filter((c) => !byFile.get(c.file)?.crossFile?.helperCallsMigrated.includes(`${c.line}:${c.column}`));
      for (const c of stuck)
        h.blockers.push({ file: c.file, node: c, source: '', why: 'this caller stays v5 for another reason (see its TODO)' });
      if (stuck.length) settled = false;
    }
    // The re-export goes once no importer still uses it (a unit of theirs that stays v5 keeps it).
    for (const r of reexports) {
      const ready = droppable(r) && r.importers.every((i) => byFile.get(i.file)?.crossFile?.ssrImportsKept === false);
      if (ready !== r.drop) {
        r.drop = ready;
        settled = false;
      }
    }
    for (const w of liveWrappers) {
      const stuck = w.callers.filter((c) => !byFile.get(c.file)?.crossFile?.wrapperCallsMigrated.includes(`${c.line}:${c.column}`));
      const dropped = byFile.get(w.file)?.crossFile?.wrappersDropped.includes(w.spec.name);
      if (stuck.length) {
        for (const c of stuck) w.blockers.push(stuckCaller(c, byFile.get(c.file)));
        settled = false;
      } else if (!dropped) {
        w.blockers.push({
          file: w.file,
          node: { line: 1, column: 1 },
          source: '',
          why: `${wrapperLabel(w.spec)} could not be removed from its module`,
        });
        settled = false;
      }
    }
    // Files nothing is migrated with any more go back to their first run; those that had none, to nothing
    // (a helper migrated in an earlier round whose callers then stayed v5 must not stay migrated).
    for (const file of byFile.keys()) {
      if (jobs.has(file)) continue;
      if (original.has(file)) byFile.set(file, original.get(file)!);
      else byFile.delete(file);
    }
    if (settled) break;
  }
  for (const h of helpers.values()) reportBlockers(project, h, byFile);
  for (const r of reexports) if (!r.drop) reportReexportBlockers(project, r, byFile);
  probeKeptWrappers(project, calledWrappers, original, migrateOne);
  for (const w of calledWrappers) {
    const callers = [...new Set(w.callers.map((c) => `${rel(project, c.file)}:${c.line}`))].join(', ');
    const subject = `${wrapperLabel(w.spec)} (${rel(project, w.file)}) and its callers (${callers || 'none that can be followed'}) stay v5`;
    for (const b of w.blockers) addBlockerItem(project, byFile, b, subject);
  }
  return [...byFile.values()];
}

type WrapperCaller = Wrapper['callers'][number];

/** Why a caller of a wrapper was not migrated with it: the first reason its unit stays v5, or its file's error. */
function stuckCaller(c: WrapperCaller, outcome: MigrationOutcome | undefined): Blocker {
  const kept = outcome?.crossFile?.wrapperCallsKept.find((k) => k.site === `${c.line}:${c.column}`);
  const why = kept ? `this caller stays v5 (${kept.reason})` : `this caller could not be migrated (${outcome?.error ?? 'see its TODO'})`;
  return { file: c.file, node: c, source: '', why };
}

/**
 * A wrapper kept in v5 by one use leaves its other callers unexamined (their units were never run): each is
 * run once more as if the wrapper migrated, only to report every one that would stay v5 too. Their files keep
 * their first run.
 */
function probeKeptWrappers(
  project: CrossFileProject,
  wrappers: Wrapper[],
  original: Map<string, MigrationOutcome>,
  migrateOne: (job: MigrationJob) => MigrationOutcome,
): void {
  const blockedAt = (w: Wrapper, c: WrapperCaller) =>
    w.blockers.some((b) => b.file === c.file && 'line' in b.node && b.node.line === c.line);
  const probes = new Map<string, { w: Wrapper; c: WrapperCaller }[]>();
  for (const w of wrappers) {
    if (w.blockers.length === 0) continue;
    for (const c of w.callers) if (!blockedAt(w, c)) probes.set(c.file, [...(probes.get(c.file) ?? []), { w, c }]);
  }
  for (const [file, calls] of probes) {
    const source = original.get(file)?.source ?? project.read(file);
    if (source === null) continue;
    const bySpecifier = new Map<string, WrapperSpec[]>();
    for (const { w, c } of calls) {
      const specs = bySpecifier.get(c.specifier) ?? [];
      if (!specs.includes(w.spec)) specs.push(w.spec);
      bySpecifier.set(c.specifier, specs);
    }
    const wrapperModules = [...bySpecifier].map(([specifier, wrappers]) => ({ specifier, wrappers }));
    const outcome = migrateOne({ ...project.job(file, source), wrapperModules });
    for (const { w, c } of calls) {
      if (!outcome.crossFile?.wrapperCallsMigrated.includes(`${c.line}:${c.column}`)) w.blockers.push(stuckCaller(c, outcome));
    }
  }
}

interface Reexport {
  file: string;
  importers: { file: string; specifier: string; names: string[] }[];
  /** Uses of the module that cannot be followed (namespace imports, dynamic imports, re-exports of it). */
  blocked: Blocker[];
  /** It re-exports withSSRContext only through `export * from 'aws-amplify'`. */
  starOnly: boolean;
  drop: boolean;
}

/**
 * The files that import withSSRContext from a module that re-exports it, under the names it does (`reexports`,
 * where '*' is `export * from 'aws-amplify'`, through which it is imported as withSSRContext).
 */
function reexportImporters(project: CrossFileProject, modules: Map<string, string>, file: string, reexports: string[]): Reexport {
  const names = [...new Set(reexports.map((n) => (n === '*' ? 'withSSRContext' : n)))];
  const starOnly = reexports.every((n) => n === '*');
  const out: Reexport = { file, importers: [], blocked: [], starOnly, drop: false };
  const stem = moduleStem(file);
  const module = rel(project, file);
  for (const other of project.projectFiles()) {
    if (other === file) continue;
    const text = project.read(other);
    if (text === null || !text.includes(stem)) continue;
    let tree: Tree;
    try {
      tree = new Tree(text, parseLikeJscodeshift(text, other));
    } catch {
      continue;
    }
    const block = (node: t.Node, why: string) => out.blocked.push({ file: other, node, source: text, why });
    for (const node of tree.all) {
      const specifier = moduleSpecifier(node);
      if (specifier === undefined || resolveModule(project, modules, other, specifier) !== file) continue;
      if (node.type !== 'ImportDeclaration') {
        block(
          node,
          `${module} is ${node.type.startsWith('Export') ? 're-exported' : 'loaded dynamically'} here, so what takes withSSRContext from it cannot be followed`,
        );
        continue;
      }
      const namespace = node.specifiers.find((s) => s.type === 'ImportNamespaceSpecifier');
      // `import * as amplify` read only as `amplify.Amplify`…: withSSRContext is not taken through it.
      const readsOthers = (ref: t.Identifier) => {
        const member = tree.parent(ref);
        return (
          member?.type === 'MemberExpression' &&
          member.object === ref &&
          !member.computed &&
          member.property.type === 'Identifier' &&
          !names.includes(member.property.name)
        );
      };
      if (namespace && !referencesOf(tree, namespace.local).every(readsOthers))
        block(node, `${module} is imported whole here (import * as ${namespace.local.name}), so its withSSRContext cannot be followed`);
      const imported = node.specifiers.flatMap((s) => (s.type === 'ImportSpecifier' && names.includes(importedName(s)) ? [s] : []));
      if (imported.length === 0) continue;
      if (!project.migrated.has(other)) block(node, `withSSRContext is imported from ${module} here, outside the migrated paths`);
      else out.importers.push({ file: other, specifier, names });
    }
  }
  return out;
}

/** A function exported from one module whose every use elsewhere is looked at. */
interface Followed {
  file: string;
  spec: { name: string; local?: string };
  blockers: Blocker[];
}

type Block<T> = (item: T, node: t.Node, why: string) => void;

/**
 * Visits every use of each of `items` outside its own module: an import of it is handed to `onReference`
 * with each reference to its local name; a namespace import, a re-export and a dynamic import block it.
 * Only files that `mayUse` by their text are parsed.
 */
function visitUses<T extends Followed>(
  project: CrossFileProject,
  modules: Map<string, string>,
  items: T[],
  mayUse: (text: string, module: string, items: T[]) => boolean,
  onReference: (item: T, use: { file: string; tree: Tree; specifier: string; ref: t.Identifier }, block: Block<T>) => void,
): void {
  const byModule = new Map<string, T[]>();
  for (const item of items) byModule.set(item.file, [...(byModule.get(item.file) ?? []), item]);
  for (const file of project.projectFiles()) {
    const text = project.read(file);
    if (text === null) continue;
    const targets = [...byModule.keys()].filter((m) => m !== file && mayUse(text, m, byModule.get(m)!));
    if (targets.length === 0) continue;
    let tree: Tree;
    try {
      tree = new Tree(text, parseLikeJscodeshift(text, file));
    } catch {
      continue;
    }
    const block: Block<T> = (item, node, why) => item.blockers.push({ file, node, source: text, why });
    for (const node of tree.all) {
      const specifier = moduleSpecifier(node);
      if (specifier === undefined) continue;
      const target = resolveModule(project, modules, file, specifier);
      for (const item of target && targets.includes(target) ? byModule.get(target)! : []) {
        const name = wrapperLabel(item.spec);
        if (node.type === 'ImportDeclaration') {
          if (node.importKind === 'type') continue;
          for (const s of node.specifiers) {
            if (s.type === 'ImportNamespaceSpecifier') {
              block(
                item,
                node,
                `the module is imported whole (import * as ${s.local.name}), so the calls of ${name} cannot all be followed`,
              );
              continue;
            }
            const imported = s.type === 'ImportDefaultSpecifier' ? 'default' : importedName(s);
            if ((s.type === 'ImportSpecifier' && s.importKind === 'type') || imported !== item.spec.name) continue;
            for (const ref of referencesOf(tree, s.local)) onReference(item, { file, tree, specifier, ref }, block);
          }
        } else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
          const names =
            node.type === 'ExportAllDeclaration' ? ['*'] : node.specifiers.map((s) => (s.type === 'ExportSpecifier' ? s.local.name : '*'));
          if (names.includes('*') || names.includes(item.spec.name))
            block(item, node, `${name} is re-exported here, so its importers cannot all be followed`);
        } else {
          block(item, node, `the module is loaded dynamically here, so the calls of ${name} cannot be followed`);
        }
      }
    }
  }
}

/** Where each helper is used besides the recorded calls: imports, re-exports, requires and calls elsewhere. */
function findOtherUses(project: CrossFileProject, modules: Map<string, string>, helpers: Helper[]): void {
  for (const h of helpers) {
    if (project.migrated.has(h.file)) continue;
    for (const c of h.callers)
      h.blockers.push({ file: c.file, node: c, source: '', why: `${rel(project, h.file)} is outside the migrated paths` });
  }
  visitUses(
    project,
    modules,
    helpers,
    (text, module, list) => text.includes(moduleStem(module)) || list.some((h) => text.includes(h.spec.name)),
    (h, { file, tree, ref }, block) => checkUse(project, h, file, tree, ref, block),
  );
}

/**
 * Every use of each wrapper in the project: a call of it in a migrated file is a caller; any other use
 * (outside the migrated paths, not called, a namespace import, a re-export, a dynamic import) blocks it.
 */
function findWrapperCalls(project: CrossFileProject, modules: Map<string, string>, wrappers: Wrapper[]): void {
  visitUses(
    project,
    modules,
    wrappers,
    // A default export is imported under any name: the module's name is what such a file must hold.
    (text, module, list) => list.some((w) => text.includes(w.spec.name === 'default' ? moduleStem(module) : w.spec.name)),
    (w, { file, tree, specifier, ref }, block) => {
      const name = wrapperLabel(w.spec);
      const call = tree.parent(ref);
      if (call?.type !== 'CallExpression' || call.callee !== ref) {
        block(w, ref, `${name} is used here without being called, so the SSR instance it returns cannot be followed`);
      } else if (!project.migrated.has(file)) {
        block(w, call, `${name} is called here, outside the migrated paths`);
      } else {
        w.callers.push({ file, line: call.loc!.start.line, column: call.loc!.start.column + 1, specifier });
      }
    },
  );
}

/** One reference to the imported helper: fine only when it is the call the caller's run recorded. */
function checkUse(
  project: CrossFileProject,
  h: Helper,
  file: string,
  tree: Tree,
  ref: t.Identifier,
  block: (h: Helper, node: t.Node, why: string) => void,
): void {
  const parent = tree.parent(ref);
  if (parent?.type !== 'CallExpression' || parent.callee !== ref) {
    block(h, ref, `${h.spec.name} is used here without being called, so the SSR instance it gets cannot be followed`);
    return;
  }
  const { line, column } = parent.loc!.start;
  if (h.callers.some((c) => c.file === file && c.line === line && c.column === column + 1)) return;
  const why = project.migrated.has(file)
    ? `${h.spec.name} is called here without the SSR instance of a withSSRContext call in the same function`
    : `${h.spec.name} is called here, outside the migrated paths`;
  block(h, parent, why);
}

function moduleSpecifier(node: t.Node): string | undefined {
  if (
    node.type === 'ImportDeclaration' ||
    ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source)
  ) {
    return (node as t.ImportDeclaration).source.value;
  }
  if (
    node.type === 'CallExpression' &&
    (node.callee.type === 'Import' || (node.callee.type === 'Identifier' && node.callee.name === 'require'))
  ) {
    const arg = node.arguments[0];
    return arg?.type === 'StringLiteral' ? arg.value : undefined;
  }
  if (node.type === 'ImportExpression' && node.source.type === 'StringLiteral') return node.source.value;
  return undefined;
}

/** The name an import of `file` must contain: its base name, or its folder's for an index. */
function moduleStem(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  return base === 'index' ? path.basename(path.dirname(file)) : base;
}

/** Every project file by the paths an import can name it with: without extension, and a folder for its index. */
function moduleIndex(files: string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const file of files) {
    const stem = file.replace(/\.(tsx?|jsx?|mjs|cjs|mts|cts)$/, '');
    if (!index.has(stem)) index.set(stem, file);
    if (path.basename(stem) === 'index' && !index.has(path.dirname(stem))) index.set(path.dirname(stem), file);
  }
  return index;
}

function resolveModule(project: CrossFileProject, modules: Map<string, string>, fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !project.aliases) return undefined;
  for (const target of importTargets(project.root, rel(project, fromFile), specifier, project.aliases)) {
    const found = modules.get(target) ?? modules.get(path.resolve(target));
    if (found) return found;
  }
  return undefined;
}

function rel(project: CrossFileProject, file: string): string {
  return toProjectPath(project.root, file);
}

/** Each use that keeps a helper in v5, as a TODO item at its file:line, naming the helper and its callers. */
function reportBlockers(project: CrossFileProject, h: Helper, byFile: Map<string, MigrationOutcome>): void {
  if (h.ownFailure && h.blockers.length === 0) {
    for (const c of h.callers)
      h.blockers.push({
        file: c.file,
        node: c,
        source: '',
        why: `${h.spec.name} cannot be migrated itself (see the TODO in ${rel(project, h.file)})`,
      });
  }
  const callers = [...new Set(h.callers.map((c) => `${rel(project, c.file)}:${c.line}`))].join(', ');
  for (const b of h.blockers)
    addBlockerItem(project, byFile, b, `${h.spec.name} (${rel(project, h.file)}) and its callers (${callers}) stay v5`);
}

/** Each use that keeps a module's re-export of withSSRContext, as a TODO item at its file:line. */
function reportReexportBlockers(project: CrossFileProject, r: Reexport, byFile: Map<string, MigrationOutcome>): void {
  const subject = r.starOnly
    ? `${rel(project, r.file)} keeps the TODO on its export * from 'aws-amplify' while withSSRContext is taken through it`
    : `${rel(project, r.file)} keeps its re-export of withSSRContext (which v6 does not have) and its TODO`;
  for (const b of r.blocked) addBlockerItem(project, byFile, b, subject);
}

/** One blocker as a TODO item of its file (the file itself is not changed for it): `<why>; <subject>`. */
function addBlockerItem(project: CrossFileProject, byFile: Map<string, MigrationOutcome>, b: Blocker, subject: string): void {
  const source = b.source || (byFile.get(b.file)?.source ?? project.read(b.file) ?? '');
  const reason = `${b.why}; ${subject}`;
  const item =
    'type' in b.node
      ? makeItem(source, b.node, 'ssr-context-escapes', reason, 'todo')
      : { ...makeItem(source, { start: 0 }, 'ssr-context-escapes', reason, 'todo'), line: b.node.line, column: b.node.column };
  const outcome = byFile.get(b.file) ?? { file: b.file, source, output: source, changed: false, review: [], usesGraphqlClient: false };
  if (outcome.review.some((r) => r.line === item.line && r.column === item.column && r.reason === item.reason)) return;
  byFile.set(b.file, { ...outcome, review: [...outcome.review, item].sort((a, c) => a.line - c.line || a.column - c.column) });
}
