import type { AmplifyConfigFile } from './amplify-config.js';
import { findConfigureWithoutSsr, type ConfigureSite } from './configure-sites.js';
import type { SourceProject } from './detect.js';
import { findAlreadyThere } from './already-there.js';
import { readGuardFacts, type GuardFacts } from './guard-facts.js';
import { findSetupModules, type SetupModules } from './setup-modules.js';
import { findSetupPaths, type SetupPaths } from './setup-paths.js';
import { configImportedBy } from './utils-config.js';

/**
 * What the project's existing Amplify SSR setup is, each fact found on first use and kept for the run,
 * read through the project's file store.
 */
export class SetupFacts {
  private readonly found = new Map<string, unknown>();

  constructor(private readonly info: SourceProject) {}

  private once<T>(name: string, find: () => T): T {
    if (!this.found.has(name)) this.found.set(name, find());
    return this.found.get(name) as T;
  }

  /** Where the server utils, the configure component, the guard, the root layouts and `_app` are or go. */
  get paths(): SetupPaths {
    return this.once('paths', () => findSetupPaths(this.info, () => this.modules));
  }

  /** The server runners and client configure modules, whatever their names, and whether v5 code is left. */
  get modules(): SetupModules {
    return this.once('modules', () => findSetupModules(this.info.files));
  }

  /** What the existing guard (middleware or proxy) does; `undefined` when there is none. */
  get guard(): GuardFacts | undefined {
    return this.once('guard', () =>
      this.info.files.text(this.paths.guard) === null ? undefined : readGuardFacts(this.info.files.parse(this.paths.guard)),
    );
  }

  /** The project's Amplify config file the existing server utils module imports. */
  get serverConfig(): AmplifyConfigFile | undefined {
    return this.once('serverConfig', () => configImportedBy(this.info.files, this.paths.serverUtils, this.info.amplifyConfigs));
  }

  /** `Amplify.configure` calls without `{ ssr: true }` in the project's own code. */
  get configureWithoutSsr(): ConfigureSite[] {
    return this.once('configureWithoutSsr', () => findConfigureWithoutSsr(this.info.files));
  }

  /** The pieces of a setup that are already there, as the "Detected" block names them. */
  get alreadyThere(): string[] {
    return this.once('alreadyThere', () => findAlreadyThere(this.info.files, this.paths));
  }
}
