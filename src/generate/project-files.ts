import fs from 'node:fs';
import path from 'node:path';
import type { SourceProject } from '../project/detect.js';
import type { NextVersion } from '../project/next-version.js';
import { findRootLayouts, type RootLayouts } from '../project/root-layouts.js';
import { setupModules } from '../project/setup-modules.js';

/** Where the generated and edited files live in this project. All paths are relative to the root, with `/`. */
export interface ProjectFiles {
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

const MODULE_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx', 'mjs'];

export type GuardKind = 'middleware' | 'proxy';

/** The extensions Next.js reads a guard file with (its default `pageExtensions`). */
export const GUARD_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx'];

export function firstExisting(root: string, stem: string, extensions = MODULE_EXTENSIONS): string | undefined {
  return extensions.map((ext) => `${stem}.${ext}`).find((file) => fs.existsSync(path.join(root, file)));
}

/** `info` may lack the Next.js version (migrate-v5 needs none): the guard is then looked for as on 13.5–15. */
export function projectFiles(info: SourceProject & { next?: NextVersion }): ProjectFiles {
  const base = info.layout.srcDir ? 'src/' : '';
  const script = info.typescript ? 'ts' : 'js';
  const component = info.typescript ? 'tsx' : 'js';
  const { app, pages } = info.layout.routers;
  // Next.js 16 reads proxy.* and still reads middleware.*; earlier versions only middleware.*.
  const guardNames: GuardKind[] = (info.next?.major ?? 0) >= 16 ? ['proxy', 'middleware'] : ['middleware'];
  const existingGuards = guardNames
    .map((name) => firstExisting(info.root, `${base}${name}`, GUARD_EXTENSIONS))
    .filter((file): file is string => file !== undefined);
  const guard = existingGuards[0] ?? `${base}${guardNames[0]}.${script}`;
  const misplacedGuards = info.layout.srcDir
    ? guardNames.flatMap((name) => GUARD_EXTENSIONS.map((ext) => `${name}.${ext}`)).filter((file) => fs.existsSync(path.join(info.root, file)))
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
    guard,
    guardKind: path.posix.basename(guard).startsWith('proxy.') ? 'proxy' : 'middleware',
    conflictingGuards: existingGuards.length > 1 ? existingGuards : [],
    misplacedGuards,
    rootLayouts: app ? findRootLayouts(info.root, app) : undefined,
    pagesApp: existingApp ?? (pages ? `${pages}/_app.${component}` : undefined),
    pagesAppIsNew: pages !== undefined && existingApp === undefined,
  };
}
