import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Tree = Record<string, string>;

const created: string[] = [];

/** A temp folder holding `files` (paths relative to it, `/`-separated). Removed by `cleanupTrees`. */
export function makeTree(files: Tree): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-test-'));
  created.push(root);
  writeTree(root, files);
  return root;
}

export function writeTree(root: string, files: Tree): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

/** A temp copy of a folder. */
export function copyTree(source: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-test-'));
  created.push(root);
  fs.cpSync(source, root, { recursive: true });
  return root;
}

/** Every file under `root` (but `node_modules` and `.git`) with its content. */
export function readTree(root: string, dir = root): Tree {
  const out: Tree = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, readTree(root, full));
    else out[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
  }
  return out;
}

export function cleanupTrees(): void {
  for (const root of created.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}

export function packageJson(deps: Record<string, string>, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ name: 'app', private: true, dependencies: deps, ...extra }, null, 2)}\n`;
}

/** A fake installed package: just its package.json, which is all detection reads. */
export function installed(name: string, version: string, peerDependencies?: Record<string, string>): Tree {
  return { [`node_modules/${name}/package.json`]: JSON.stringify({ name, version, ...(peerDependencies && { peerDependencies }) }) };
}
