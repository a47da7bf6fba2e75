import fs from 'node:fs';
import path from 'node:path';
import type { SourceProject } from '../project/detect.js';

/** Where the generated and edited files live in this project. All paths are relative to the root, with `/`. */
export interface ProjectFiles {
  /** `''` or `'src/'`: the folder Next.js reads `app/`, `pages/` and `middleware` from. */
  base: string;
  serverUtils: string;
  configureComponent: string;
  middleware: string;
  /** Existing middleware files Next.js would not read (e.g. a root one in a `src/` layout). */
  misplacedMiddleware: string[];
  rootLayout?: string;
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
  return {
    base,
    serverUtils: firstExisting(info.root, `${base}utils/amplifyServerUtils`) ?? `${base}utils/amplifyServerUtils.${script}`,
    configureComponent:
      firstExisting(info.root, `${base}components/ConfigureAmplifyClientSide`) ??
      `${base}components/ConfigureAmplifyClientSide.${component}`,
    middleware,
    misplacedMiddleware,
    rootLayout: app ? firstExisting(info.root, `${app}/layout`) : undefined,
    pagesApp: existingApp ?? (pages ? `${pages}/_app.${component}` : undefined),
    pagesAppIsNew: pages !== undefined && existingApp === undefined,
  };
}
