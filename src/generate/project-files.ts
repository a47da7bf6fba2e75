import fs from 'node:fs';
import path from 'node:path';
import type { ProjectInfo } from '../project/detect.js';

/** Where the generated and edited files live in this project. All paths are relative to the root, with `/`. */
export interface ProjectFiles {
  /** `''` or `'src/'`: the folder Next.js reads `app/`, `pages/` and the guard file from. */
  base: string;
  serverUtils: string;
  configureComponent: string;
  /** The route guard: the existing `middleware.*` or `proxy.*` Next.js reads, else the one to create. */
  guard: string;
  /** What the guard file is named and exports: `middleware`, or `proxy` (Next.js 16). */
  guardKind: GuardKind;
  /** Both `middleware.*` and `proxy.*` exist where Next.js reads them (Next.js 16 refuses to build). */
  conflictingGuards: string[];
  /** Existing guard files Next.js would not read (e.g. a root one in a `src/` layout). */
  misplacedGuards: string[];
  rootLayout?: string;
  pagesApp?: string;
  /** `true` when `pagesApp` does not exist yet and would be created. */
  pagesAppIsNew: boolean;
}

const MODULE_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx', 'mjs'];

export type GuardKind = 'middleware' | 'proxy';

/** The extensions Next.js reads a guard file with (its default `pageExtensions`). */
const GUARD_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx'];

export function firstExisting(root: string, stem: string, extensions = MODULE_EXTENSIONS): string | undefined {
  return extensions.map((ext) => `${stem}.${ext}`).find((file) => fs.existsSync(path.join(root, file)));
}

export function projectFiles(info: ProjectInfo): ProjectFiles {
  const base = info.layout.srcDir ? 'src/' : '';
  const script = info.typescript ? 'ts' : 'js';
  const component = info.typescript ? 'tsx' : 'js';
  const { app, pages } = info.layout.routers;
  // Next.js 16 reads proxy.* and still reads middleware.*; earlier versions only middleware.*.
  const guardNames: GuardKind[] = info.next.major >= 16 ? ['proxy', 'middleware'] : ['middleware'];
  const existingGuards = guardNames
    .map((name) => firstExisting(info.root, `${base}${name}`, GUARD_EXTENSIONS))
    .filter((file): file is string => file !== undefined);
  const guard = existingGuards[0] ?? `${base}${guardNames[0]}.${script}`;
  const misplacedGuards = info.layout.srcDir
    ? guardNames.flatMap((name) => GUARD_EXTENSIONS.map((ext) => `${name}.${ext}`)).filter((file) => fs.existsSync(path.join(info.root, file)))
    : [];
  const existingApp = pages ? firstExisting(info.root, `${pages}/_app`) : undefined;
  return {
    base,
    serverUtils: firstExisting(info.root, `${base}utils/amplifyServerUtils`) ?? `${base}utils/amplifyServerUtils.${script}`,
    configureComponent:
      firstExisting(info.root, `${base}components/ConfigureAmplifyClientSide`) ??
      `${base}components/ConfigureAmplifyClientSide.${component}`,
    guard,
    guardKind: path.posix.basename(guard).startsWith('proxy.') ? 'proxy' : 'middleware',
    conflictingGuards: existingGuards.length > 1 ? existingGuards : [],
    misplacedGuards,
    rootLayout: app ? firstExisting(info.root, `${app}/layout`) : undefined,
    pagesApp: existingApp ?? (pages ? `${pages}/_app.${component}` : undefined),
    pagesAppIsNew: pages !== undefined && existingApp === undefined,
  };
}
