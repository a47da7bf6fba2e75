import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstall } from './install-cache.js';
import { ARTIFACTS_DIR } from './paths.js';
import { log } from './timing.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

/** playwright-core, from the registry, in the suite's own tools install (not in the repo's package.json). */
export const TOOLS_INSTALL = { name: 'tools', dependencies: { 'playwright-core': '1.65.1' } };

/** Fails (never skips) when Debian's Chromium is missing, with the command that installs it. */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}; the browser checks need it. Install it with:\n  ${INSTALL_CHROMIUM}`);
  }
}

// The small part of playwright-core's API used here (its types are not among the repo's dependencies).
export interface ConsoleMessage {
  type(): string;
  text(): string;
}
export interface Route {
  abort(code?: string): Promise<void>;
  continue(): Promise<void>;
  request(): { url(): string };
}
export interface Page {
  on(event: 'console', fn: (message: ConsoleMessage) => void): void;
  on(event: 'pageerror', fn: (error: Error) => void): void;
  route(url: string, handler: (route: Route) => Promise<void>): Promise<void>;
  goto(url: string, options?: { waitUntil?: string; timeout?: number }): Promise<unknown>;
  url(): string;
  textContent(selector: string, options?: { timeout?: number }): Promise<string | null>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  waitForFunction(fn: string, arg?: unknown, options?: { timeout?: number }): Promise<unknown>;
  waitForRequest(predicate: (request: { url(): string }) => boolean, options?: { timeout?: number }): Promise<{ url(): string }>;
  click(selector: string, options?: { noWaitAfter?: boolean }): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}
export interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
  version(): string;
}
interface Chromium {
  launch(options: { executablePath: string; args: string[]; headless: boolean; timeout?: number }): Promise<Browser>;
}

let chromiumPromise: Promise<Chromium> | undefined;

async function loadChromium(): Promise<Chromium> {
  const { dir } = await ensureInstall(TOOLS_INSTALL);
  const require = createRequire(path.join(dir, 'package.json'));
  const entry = require.resolve('playwright-core');
  const mod = (await import(pathToFileURL(entry).href)) as { chromium?: Chromium; default?: { chromium: Chromium } };
  const chromium = mod.chromium ?? mod.default?.chromium;
  if (!chromium) throw new Error(`playwright-core in ${dir} has no chromium export`);
  return chromium;
}

export async function launchChromium(): Promise<Browser> {
  requireChromium();
  chromiumPromise ??= loadChromium();
  const chromium = await chromiumPromise;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  log(`launched ${CHROMIUM_PATH} (${browser.version()})`);
  return browser;
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}
