import fs from 'node:fs';
import path from 'node:path';
import { declaredSpec, type PackageJson } from './package-json.js';
import { readUtf8File } from './read-file.js';

const WORKSPACE_FOLDERS = ['apps', 'packages', 'sites', 'web'];

/** Next.js apps one level inside the usual workspace folders: what to suggest when run at a monorepo root. */
export function nextAppsBelow(root: string): string[] {
  const found: string[] = [];
  for (const folder of WORKSPACE_FOLDERS) {
    const dir = path.join(root, folder);
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      try {
        const file = path.join(dir, entry.name, 'package.json');
        const text = readUtf8File(file, file);
        if (text !== null && declaredSpec(JSON.parse(text) as PackageJson, 'next') !== undefined) found.push(`${folder}/${entry.name}`);
      } catch {
        // not a package
      }
    }
  }
  return found;
}

/** A hint naming the apps to pass with --cwd, when `root` looks like a monorepo root. */
export function monorepoHint(root: string): string | undefined {
  const apps = nextAppsBelow(root);
  if (apps.length === 0) return undefined;
  return `This looks like a monorepo root: run amplify-next in the app, e.g. --cwd ${apps[0]} (Next.js apps here: ${apps.join(', ')}).`;
}
