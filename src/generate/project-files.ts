import fs from 'node:fs';
import path from 'node:path';
import type { SourceProject } from '../project/detect.js';
import { findRootLayouts, type RootLayouts } from '../project/root-layouts.js';
import { setupModules } from '../project/setup-modules.js';

/** Where the generated and edited files live in this project. All paths are relative to the root, with `/`. */
export interface ProjectFiles {
  /** `''` or `'src/'`: the folder Next.js reads `app/`, `pages/` and `middleware` from. */
  base: string;
  serverUtils: string;
  configureComponent: string;
  /** `true` when `configureComponent` is a module of the user's that already does its job under another name. */
  configureComponentIsRecognised: boolean;
  middleware: string;
  /** Existing middleware files Next.js would not read (e.g. a root one in a `src/` layout). */
  misplacedMiddleware: string[];
  /** App Router only: the layouts that render `<html>`/`<body>`, where the configure component goes. */
  rootLayouts?: RootLayouts;
  pagesApp?: string;
  /** `true` when `pagesApp` does not exist yet and would be created. */
  pagesAppIsNew: boolean;
}

const MODULE_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx', 'mjs'];

export function firstExisting(root: string, stem: string, extensions = MODULE_EXTENSIONS): string | undefined {
  return extensions.map((ext) => `${stem}.${ext}`).find((file) => fs.existsSync(path.join(root, file)));
}

export function projectFiles(info: SourceProject): ProjectFiles {
  const base = info.layout.srcDir ? 'src/' : '';
  const script = info.typescript ? 'ts' : 'js';
  const component = info.typescript ? 'tsx' : 'js';
  const { app, pages } = info.layout.routers;
  const middleware = firstExisting(info.root, `${base}middleware`, ['ts', 'js']) ?? `${base}middleware.${script}`;
  const misplacedMiddleware = info.layout.srcDir
    ? ['middleware.ts', 'middleware.js'].filter((file) => fs.existsSync(path.join(info.root, file)))
    : [];
  const existingApp = pages ? firstExisting(info.root, `${pages}/_app`) : undefined;
  const conventionalComponent = firstExisting(info.root, `${base}components/ConfigureAmplifyClientSide`);
  const recognisedComponent = app && conventionalComponent === undefined ? setupModules(info).clientConfigures[0] : undefined;
  return {
    base,
    // An existing module that does the same job under another name is reused, never duplicated.
    serverUtils:
      firstExisting(info.root, `${base}utils/amplifyServerUtils`) ??
      setupModules(info).serverRunners[0] ??
      `${base}utils/amplifyServerUtils.${script}`,
    configureComponent: conventionalComponent ?? recognisedComponent ?? `${base}components/ConfigureAmplifyClientSide.${component}`,
    configureComponentIsRecognised: conventionalComponent === undefined && recognisedComponent !== undefined,
    middleware,
    misplacedMiddleware,
    rootLayouts: app ? findRootLayouts(info.root, app) : undefined,
    pagesApp: existingApp ?? (pages ? `${pages}/_app.${component}` : undefined),
    pagesAppIsNew: pages !== undefined && existingApp === undefined,
  };
}
