import path from 'node:path';
import type { SourceProject } from './detect.js';
import { findRootLayouts, type RootLayouts } from './root-layouts.js';
import { isRouteFile } from './route-files.js';
import type { SetupModules } from './setup-modules.js';

/** Where the files of the Amplify SSR setup live, or will be created, in this project. Relative to the root, with `/`. */
export interface SetupPaths {
  /** `''` or `'src/'`: the folder Next.js reads `app/`, `pages/` and the guard file from. */
  base: string;
  serverUtils: string;
  configureComponent: string;
  /** `true` when `configureComponent` is a module of the user's that already does its job under another name. */
  configureComponentIsRecognised: boolean;
  /** The route guard: the existing `middleware.*` or `proxy.*` Next.js reads, else the one to create. */
  guard: string;
  /** What the guard file is named and exports: `middleware`, or `proxy` (Next.js 16). */
  guardKind: GuardKind;
  /** Both `middleware.*` and `proxy.*` exist where Next.js reads them (Next.js 16 refuses to build). */
  conflictingGuards: string[];
  /** Existing guard files Next.js would not read (e.g. a root one in a `src/` layout). */
  misplacedGuards: string[];
  /** App Router only: the layouts that render `<html>`/`<body>`, where the configure component goes. */
  rootLayouts?: RootLayouts;
  pagesApp?: string;
  /** `true` when `pagesApp` does not exist yet and would be created. */
  pagesAppIsNew: boolean;
}

/** The extensions a module of the setup may have, in the order they are looked for. */
export const MODULE_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx', 'mjs'];

export type GuardKind = 'middleware' | 'proxy';

/** The extensions Next.js reads a guard file with (its default `pageExtensions`). */
export const GUARD_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx'];

/** `info` may lack the Next.js version (migrate-v5 needs none): the guard is then looked for as on 13.5–15. */
export function findSetupPaths(info: SourceProject, modules: () => SetupModules): SetupPaths {
  const { files } = info;
  const firstExisting = (stem: string, extensions: readonly string[] = MODULE_EXTENSIONS) => files.firstExisting(stem, extensions);
  const base = info.layout.srcDir ? 'src/' : '';
  const script = info.typescript ? 'ts' : 'js';
  const component = info.typescript ? 'tsx' : 'js';
  const { app, pages } = info.layout.routers;
  // Next.js 16 reads proxy.* and still reads middleware.*; earlier versions only middleware.*.
  const guardNames: GuardKind[] = (info.next?.major ?? 0) >= 16 ? ['proxy', 'middleware'] : ['middleware'];
  const existingGuards = guardNames
    .map((name) => firstExisting(`${base}${name}`, GUARD_EXTENSIONS))
    .filter((file): file is string => file !== undefined);
  const guard = existingGuards[0] ?? `${base}${guardNames[0]}.${script}`;
  const misplacedGuards = info.layout.srcDir
    ? guardNames.flatMap((name) => GUARD_EXTENSIONS.map((ext) => `${name}.${ext}`)).filter((file) => files.exists(file))
    : [];
  const existingApp = pages ? firstExisting(`${pages}/_app`) : undefined;
  const conventionalComponent = firstExisting(`${base}components/ConfigureAmplifyClientSide`);
  // A route file that configures Amplify itself (a 'use client' root layout) is no component to render elsewhere.
  const recognisedComponent =
    app && conventionalComponent === undefined
      ? modules().clientConfigures.find((file) => !isRouteFile(info.layout.routers, file))
      : undefined;
  return {
    base,
    // An existing module that does the same job under another name is reused, never duplicated.
    serverUtils:
      firstExisting(`${base}utils/amplifyServerUtils`) ?? modules().serverRunners[0] ?? `${base}utils/amplifyServerUtils.${script}`,
    configureComponent: conventionalComponent ?? recognisedComponent ?? `${base}components/ConfigureAmplifyClientSide.${component}`,
    configureComponentIsRecognised: conventionalComponent === undefined && recognisedComponent !== undefined,
    guard,
    guardKind: path.posix.basename(guard).startsWith('proxy.') ? 'proxy' : 'middleware',
    conflictingGuards: existingGuards.length > 1 ? existingGuards : [],
    misplacedGuards,
    rootLayouts: app ? findRootLayouts(files, app) : undefined,
    pagesApp: existingApp ?? (pages ? `${pages}/_app.${component}` : undefined),
    pagesAppIsNew: pages !== undefined && existingApp === undefined,
  };
}
