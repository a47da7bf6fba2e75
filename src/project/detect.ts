import { findAmplifyConfigFiles, type AmplifyConfigFile } from './amplify-config.js';
import { detectProjectCodeStyle, type CodeStyle } from './code-style.js';
import { detectLayout, type ProjectLayout } from './layout.js';
import { detectNextVersion, SUPPORTED_NEXT_RANGE, type NextVersion } from './next-version.js';
import { readPackageJson, type PackageJson } from './package-json.js';
import { detectPackageManager, type PackageManager, type PackageManagerName } from './package-manager.js';
import { readPathAliases, type PathAliases } from './path-aliases.js';
import { monorepoHint } from './workspace-apps.js';
import { ProjectError } from '../errors.js';
import { FileStore } from './file-store.js';
import { SetupFacts } from './setup-facts.js';

/**
 * Everything the commands need to know about the project: its settings, its files (each read and parsed
 * at most once per run, through `files`) and the facts about the setup it already has (`setup`). Planners
 * take it and return a Plan; nothing else reads the project.
 */
export interface ProjectInfo {
  root: string;
  files: FileStore;
  setup: SetupFacts;
  packageJson: PackageJson;
  next: NextVersion;
  layout: ProjectLayout;
  typescript: boolean;
  aliases: PathAliases | null;
  packageManager: PackageManager;
  amplifyConfigs: AmplifyConfigFile[];
  codeStyle: CodeStyle;
}

export interface DetectOptions {
  packageManager?: PackageManagerName;
  /** Files as a plan would leave them, read instead of the disk's (see FileStore). */
  planned?: ReadonlyMap<string, string>;
}

export function detectProject(root: string, options: DetectOptions = {}): ProjectInfo {
  const files = new FileStore(root, options.planned);
  const { packageJson, next, layout } = withMonorepoHint(root, () => {
    const packageJson = readPackageJson(files);
    return { packageJson, next: detectNextVersion(root, packageJson), layout: detectLayout(root) };
  });
  return withSetupFacts(Object.assign(projectBasics(files, packageJson, layout, options), { next }));
}

/** The project as a source transform sees it: no Next.js version is required (`next` when it could be read). */
export type SourceProject = Omit<ProjectInfo, 'next'> & { next?: NextVersion };

function withSetupFacts<T extends Omit<SourceProject, 'setup'>>(project: T): T & { setup: SetupFacts } {
  const info = project as T & { setup: SetupFacts };
  info.setup = new SetupFacts(info);
  return info;
}

/**
 * Like detectProject, for commands that rewrite source and need no particular installed Next.js: a Next.js
 * version amplify-next does not generate code for (or cannot read) is returned as `nextNote` (what was found,
 * what to run) instead of an error.
 */
export function detectSourceProject(root: string, options: DetectOptions = {}): { info: SourceProject; nextNote?: string } {
  const files = new FileStore(root, options.planned);
  const { packageJson, layout } = withMonorepoHint(root, () => ({ packageJson: readPackageJson(files), layout: detectLayout(root) }));
  let nextNote: string | undefined;
  let next: NextVersion | undefined;
  try {
    next = detectNextVersion(root, packageJson);
  } catch (error) {
    if (!(error instanceof ProjectError)) throw error;
    nextNote =
      `${error.message} The migrated code needs Next.js ${SUPPORTED_NEXT_RANGE} for @aws-amplify/adapter-nextjs: ` +
      'upgrade with npx @next/codemod@latest upgrade before building.';
  }
  return { info: withSetupFacts(Object.assign(projectBasics(files, packageJson, layout, options), { next })), nextNote };
}

function projectBasics(
  files: FileStore,
  packageJson: PackageJson,
  layout: ProjectLayout,
  options: DetectOptions,
): Omit<SourceProject, 'setup'> {
  const { root } = files;
  let codeStyle: CodeStyle | undefined;
  // Not spread: `codeStyle` is a getter, so the sample files are parsed only by a command that writes code
  // (migrate-v5 rarely does, and would otherwise parse the pages it migrates twice).
  return {
    root,
    files,
    packageJson,
    layout,
    typescript: files.exists('tsconfig.json'),
    aliases: readPathAliases(files),
    packageManager: options.packageManager
      ? { name: options.packageManager, source: 'flag' }
      : detectPackageManager(root, packageJson, process.env.npm_config_user_agent),
    amplifyConfigs: findAmplifyConfigFiles(root),
    get codeStyle() {
      return (codeStyle ??= detectProjectCodeStyle(files, packageJson));
    },
  };
}

/** At a monorepo root, a project error says which app folders to pass with --cwd instead of the generic hint. */
function withMonorepoHint<T>(root: string, detect: () => T): T {
  try {
    return detect();
  } catch (error) {
    const hint = error instanceof ProjectError ? monorepoHint(root) : undefined;
    if (hint && error instanceof ProjectError) throw new ProjectError(error.message, hint);
    throw error;
  }
}
