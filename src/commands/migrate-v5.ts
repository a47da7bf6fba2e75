import os from 'node:os';
import path from 'node:path';
import { ExitCode, ProjectError, UsageError } from '../errors.js';
import { importSpecifier } from '../generate/import-specifier.js';
import { planEdit } from '../generate/plan-edit.js';
import { renderServerUtils } from '../generate/server-utils.js';
import { installedAmplifyNote } from '../migrate/notes.js';
import { projectAmplifyVersion } from '../migrate/amplify-version.js';
import { findSourceFiles } from '../project/source-files.js';
import { uncommittedChanges } from '../migrate/git.js';
import { MigrationPool } from '../migrate/pool.js';
import { migrateAcrossFiles } from '../migrate/cross-file.js';
import { utilsModuleConfig } from '../migrate/utils-config.js';
import type { MigrationJob, MigrationOutcome } from '../migrate/migration.js';
import { FileTooLargeError } from '../project/read-file.js';
import { SETUP_MODULE_NEEDLES } from '../project/setup-module-needles.js';
import { isTodoOnly, printMigrationReport, totalsOf } from '../migrate/report.js';
import { emptyPlan, type FileChange, type Plan } from '../plan/plan.js';
import { detectSourceProject, type SourceProject } from '../project/detect.js';
import type { Output } from '../ui/output.js';
import { printPlanSummary } from '../ui/plan-output.js';
import { addGraphqlClient } from '../../transforms/edits/add-graphql-client.js';
import { exportsName } from '../ast/exported-names.js';
import type { CommonOptions } from './common.js';
import { executePlan } from './plan-flow.js';
import { parseUtilsImport } from './flag-values.js';
import { showValue } from '../ui/show-value.js';
import { toProjectPath } from '../project/project-path.js';
import { holdsV5Code } from '../../transforms/migrate-v5/find/prefilter.js';
import { nodeWarning } from '../project/version-warnings.js';
import { printWarnings } from '../ui/warnings.js';
import { projectLocation } from '../project/real-path.js';
import { parseEditSource } from '../ast/edit-source.js';

/** From this many files on, the workers read the tree (below, starting them costs more than it saves). */
const WORKER_SCAN_FILES = 1000;

export interface MigrateV5Options extends CommonOptions {
  paths: string[];
  utilsImport?: string;
  jobs?: string;
  strict: boolean;
}

export function parseJobs(value: string | undefined): number {
  const cores = os.availableParallelism();
  if (value === undefined) return cores;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs ${showValue(value)} is not a positive whole number.`);
  // More threads than cores only adds contention for this CPU-bound work.
  return Math.min(Number(value), cores);
}

export async function runMigrateV5(options: MigrateV5Options, out: Output): Promise<number> {
  const pool = new MigrationPool(parseJobs(options.jobs));
  try {
    return await migrateV5(options, out, pool);
  } finally {
    // Whatever ends the run, no worker is left to keep the process alive.
    await pool.close();
  }
}

async function migrateV5(options: MigrateV5Options, out: Output, pool: MigrationPool): Promise<number> {
  parseUtilsImport(options.utilsImport);
  const { info, nextNote } = detectSourceProject(options.cwd);
  const warnings = [nodeWarning(info)].filter((w) => w !== undefined);
  printWarnings(out, warnings);
  if (!options.force && !options.dryRun) refuseDirtyTree(info.root);
  // A large tree is read by the workers, side by side, from the moment the walk has found enough of it.
  let listed = 0;
  const found = findSourceFiles(info.root, options.paths.length > 0 ? options.paths : ['.'], info.root, {
    onFile: (file) => {
      if (++listed === WORKER_SCAN_FILES) pool.startWorkers();
      pool.scanLater(info.root, file);
    },
  });
  const files = found.files;
  const relative = (file: string) => toProjectPath(info.root, file);
  const projectPaths = files.map(relative);
  // The paths given are the whole project: the setup scan below need not walk it again.
  if (options.paths.length === 0) info.files.learnSourceFiles(projectPaths);
  const scanned = await pool.finishScan((file) => info.files.readSource(relative(file)));
  // What the workers read is not read here again: the utils module is found from what they saw.
  const setupNeedles = new Map(scanned.setupNeedles.map(({ file, found }) => [file, found]));
  files.forEach((file, i) => info.files.learnContents(projectPaths[i]!, SETUP_MODULE_NEEDLES, setupNeedles.get(file) ?? []));
  const utilsFile = info.setup.paths.serverUtils;
  const amplifyVersion = projectAmplifyVersion(info.root, info.packageJson);
  const utilsLocation = projectLocation(info.root, path.join(info.root, utilsFile));
  const utilsPath = utilsLocation.inside ? utilsLocation.path : path.join(info.root, utilsFile);
  const notes: string[] = [...found.notes];
  const jobFor = (file: string, source: string): MigrationJob => ({
    file,
    source,
    utilsImport: options.utilsImport ?? importSpecifier(info.root, relative(file), utilsFile, info.aliases),
    amplifyVersion: amplifyVersion?.version,
  });
  // A file too large to be source code is reported like one that does not parse, and the others migrate.
  const unreadable: MigrationOutcome[] = scanned.tooLarge.map((file) => ({
    file,
    source: '',
    output: '',
    changed: false,
    review: [],
    usesGraphqlClient: false,
    error: FileTooLargeError.reason,
  }));
  for (const { file, text, notUtf8 } of scanned.candidates) {
    if (notUtf8) {
      // Reported only when it would have been migrated; it is never re-encoded.
      unreadable.push(notUtf8Outcome(file, text, notUtf8));
      continue;
    }
    if (file === utilsPath) {
      // Migrated code imports from this module: rewriting it to import from itself would be a guess.
      if (holdsV5Code(text))
        notes.push(`${utilsFile} holds Amplify v5 code and is the module migrated files import from: migrate it by hand.`);
      continue;
    }
    pool.add(jobFor(file, text));
  }
  let progress: { done(): void } | undefined;
  const firstRun = await pool.finish((done) => {
    if (files.length < WORKER_SCAN_FILES) return;
    progress?.done();
    progress = out.progress(`Migrated ${done} files`);
  });
  // Only when some file passes the SSR instance to an imported helper: the rest of the tree is read again.
  let allSourceFiles: string[] | undefined;
  const acrossFiles = await migrateAcrossFiles(
    {
      root: info.root,
      aliases: info.aliases,
      projectFiles: () => (allSourceFiles ??= options.paths.length === 0 ? files : findSourceFiles(info.root, ['.'], info.root).files),
      migrated: new Set(files.filter((file) => file !== utilsPath)),
      // A file that cannot be read as a source file (too large, not a regular file) holds no use to follow.
      read: (file) => info.files.scan(relative(file)),
      job: jobFor,
    },
    firstRun,
  );
  const outcomes = [...acrossFiles, ...unreadable].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  progress?.done();

  const migrated: FileChange[] = outcomes
    .filter((o) => o.changed)
    .map((o) => ({
      path: relative(o.file),
      kind: 'update',
      before: o.source,
      after: o.output,
      reason: isTodoOnly(o) ? 'TODO lines above what stays in v5 (nothing migrated)' : 'migrated to Amplify v6',
    }));
  const plan = emptyPlan();
  plan.changes.push(...migrated);
  plan.skipped.push(...found.skipped);
  plan.notes.push(...notes);
  plan.review.push(...outcomes.flatMap((o) => o.review.map((item) => ({ file: relative(o.file), ...item }))));
  if (migrated.length > 0) {
    const needsClient = outcomes.some((o) => o.changed && o.usesGraphqlClient);
    if (options.utilsImport === undefined) planUtilsModule(plan, info, utilsFile, needsClient);
    else
      plan.notes.push(
        `Make sure ${options.utilsImport} exports runWithAmplifyServerContext${needsClient ? ' and reqResBasedClient' : ''}.`,
      );
    if (nextNote) plan.notes.push(nextNote);
    const versionNote = installedAmplifyNote(amplifyVersion);
    if (versionNote) plan.notes.push(versionNote);
  }

  const totals = totalsOf(files.length, outcomes);
  const migratedPaths = new Set(migrated.map((change) => change.path));
  // The migrated files are listed by the migration report; the summary lists the rest of the plan.
  const support = (shown: Plan): Plan => ({ ...shown, changes: shown.changes.filter((change) => !migratedPaths.has(change.path)) });
  await executePlan(plan, info, options, out, {
    summary: (shown, dryRun) => {
      printPlanSummary(out, support(shown), dryRun);
      printMigrationReport(out, info.root, outcomes, totals, dryRun);
    },
    saysNothingToDo: false,
  });
  const others = support(plan);

  if (options.json) {
    out.printJson({
      command: 'migrate-v5',
      dryRun: options.dryRun,
      warnings,
      filesChanged: migrated.map((c) => c.path),
      filesTodoOnly: outcomes.filter(isTodoOnly).map((o) => relative(o.file)),
      otherChanges: others.changes.map((c) => ({ path: c.path, kind: c.kind })),
      skipped: plan.skipped,
      reviewItems: plan.review,
      errors: outcomes.filter((o) => o.error !== undefined).map((o) => ({ file: relative(o.file), message: o.error })),
      manualSteps: plan.manual,
      notes: plan.notes,
      totals,
    });
  }
  if (totals.errors > 0) return ExitCode.partlyMigrated;
  if (options.strict && totals.todoItems > 0) return ExitCode.reviewItemsLeft;
  return ExitCode.ok;
}

function notUtf8Outcome(file: string, source: string, notUtf8: { position: string; byte: string }): MigrationOutcome {
  const error = `${notUtf8.position}: not valid UTF-8 (byte ${notUtf8.byte}); left alone: save it as UTF-8, then run again`;
  return { file, source, output: source, changed: false, review: [], usesGraphqlClient: false, error };
}

function refuseDirtyTree(root: string): void {
  const changes = uncommittedChanges(root);
  if (changes && changes.length > 0) {
    throw new ProjectError(
      `The git work tree has uncommitted changes (${changes.length} path${changes.length === 1 ? '' : 's'}).`,
      'Commit or stash them first, so the migration can be reviewed as its own diff, or pass --force.',
    );
  }
}

/** Migrated files import from the utils module: make sure it exists and exports what they use. */
function planUtilsModule(plan: Plan, info: SourceProject, utilsFile: string, needsClient: boolean): void {
  const existing = info.files.parseOrThrow(utilsFile);
  if (existing === null) {
    const { config, notes } = utilsModuleConfig(info, utilsFile);
    plan.notes.push(...notes);
    const created = renderServerUtils(info, utilsFile, config);
    const result = needsClient
      ? addGraphqlClient(parseEditSource(created, utilsFile), { filePath: utilsFile })
      : { kind: 'unchanged' as const };
    plan.changes.push({
      path: utilsFile,
      kind: 'create',
      before: null,
      after: result.kind === 'changed' ? result.text : created,
      reason: `exports runWithAmplifyServerContext${needsClient ? ' and reqResBasedClient' : ''} for the migrated files`,
    });
    return;
  }
  if (!exportsName(existing, 'runWithAmplifyServerContext')) {
    plan.manual.push({
      path: utilsFile,
      message: 'The migrated files import runWithAmplifyServerContext from this module, which does not export it yet. Add:',
      snippet: 'export const { runWithAmplifyServerContext } = createServerRunner({ config });',
    });
  }
  if (needsClient) {
    planEdit(plan, info.files, utilsFile, {
      reason: 'exports reqResBasedClient (generateServerClientUsingReqRes) for migrated GraphQL calls',
      edit: (source) => addGraphqlClient(source, { filePath: utilsFile }),
      manualSnippet:
        "import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/api';\n\nexport const reqResBasedClient = generateServerClientUsingReqRes({ config });",
    });
  }
}
