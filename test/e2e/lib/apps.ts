import fs from 'node:fs';
import path from 'node:path';
import { APPS_DIR } from './paths.js';

export type Router = 'app' | 'pages';

export interface E2EApp {
  /** Folder under test/e2e/apps. */
  name: string;
  title: string;
  /** The Next.js version: apps with the same one share one install. */
  next: string;
  typescript: boolean;
  srcDir: boolean;
  routers: Router[];
  /** `init` installs the Amplify packages itself through npm; otherwise --skip-install and the shared install has them. */
  realInstall: boolean;
  /** Pages the middleware must protect. */
  protectedPaths: string[];
  /** Where `add auth-routes` must put the handler (relative to the app). */
  authRouteFile: string;
  /**
   * Where Next.js reads the route guard from (a root file in a src/ layout is silently ignored):
   * `middleware.*` on 13.5–15, `proxy.*` on 16.
   */
  guardFile: string;
  /** Extra flags for `add auth-routes`. */
  authRoutesArgs: string[];
  /** App Router root layouts that must render the configure component (default: `app/layout.*` in the base folder). */
  rootLayouts?: string[];
  /** Unguarded pages, one per root layout, where the browser must find Amplify configured (default: `/sign-in`). */
  configuredPages?: string[];
}

export const APPS: E2EApp[] = [
  {
    name: 'next13-pages-ts',
    title: 'Next 13.5 Pages Router (TypeScript)',
    next: '13.5.11',
    typescript: true,
    srcDir: false,
    routers: ['pages'],
    realInstall: true,
    protectedPaths: ['/'],
    authRouteFile: 'pages/api/auth/[slug].ts',
    guardFile: 'middleware.ts',
    authRoutesArgs: [],
  },
  {
    name: 'next14-app-src-ts',
    title: 'Next 14 App Router in src/ (TypeScript)',
    next: '14.2.35',
    typescript: true,
    srcDir: true,
    routers: ['app'],
    realInstall: true,
    protectedPaths: ['/'],
    authRouteFile: 'src/app/api/auth/[slug]/route.ts',
    guardFile: 'src/middleware.ts',
    authRoutesArgs: [],
  },
  {
    name: 'next15-app-js',
    title: 'Next 15 App Router (JavaScript)',
    next: '15.5.29',
    typescript: false,
    srcDir: false,
    routers: ['app'],
    realInstall: false,
    protectedPaths: ['/'],
    authRouteFile: 'app/api/auth/[slug]/route.js',
    guardFile: 'middleware.js',
    authRoutesArgs: [],
  },
  {
    name: 'next15-both-ts',
    title: 'Next 15 App Router + Pages Router (TypeScript)',
    next: '15.5.29',
    typescript: true,
    srcDir: false,
    routers: ['app', 'pages'],
    realInstall: false,
    protectedPaths: ['/', '/reports'],
    authRouteFile: 'app/api/auth/[slug]/route.ts',
    guardFile: 'middleware.ts',
    authRoutesArgs: ['--router', 'app'],
  },
  {
    name: 'next15-route-groups-ts',
    title: 'Next 15 App Router, two root layouts in route groups (TypeScript)',
    next: '15.5.29',
    typescript: true,
    srcDir: false,
    routers: ['app'],
    realInstall: false,
    protectedPaths: ['/', '/about'],
    authRouteFile: 'app/api/auth/[slug]/route.ts',
    guardFile: 'middleware.ts',
    authRoutesArgs: [],
    rootLayouts: ['app/(marketing)/layout.tsx', 'app/(shop)/layout.tsx'],
    // /sign-in is in (marketing); /sign-in/help, also left out of the guard, is in (shop).
    configuredPages: ['/sign-in', '/sign-in/help'],
  },
  {
    name: 'next16-app-src-ts',
    title: 'Next 16 App Router in src/ (TypeScript)',
    next: '16.4.6',
    typescript: true,
    srcDir: true,
    routers: ['app'],
    realInstall: true,
    protectedPaths: ['/'],
    authRouteFile: 'src/app/api/auth/[slug]/route.ts',
    guardFile: 'src/proxy.ts',
    authRoutesArgs: [],
  },
  {
    name: 'next16-pages-ts',
    title: 'Next 16 Pages Router (TypeScript)',
    next: '16.4.6',
    typescript: true,
    srcDir: false,
    routers: ['pages'],
    realInstall: false,
    protectedPaths: ['/'],
    authRouteFile: 'pages/api/auth/[slug].ts',
    guardFile: 'proxy.ts',
    authRoutesArgs: [],
  },
  {
    name: 'next16-app-js',
    title: 'Next 16 App Router (JavaScript)',
    next: '16.4.6',
    typescript: false,
    srcDir: false,
    routers: ['app'],
    realInstall: false,
    protectedPaths: ['/'],
    authRouteFile: 'app/api/auth/[slug]/route.js',
    guardFile: 'proxy.js',
    authRoutesArgs: [],
  },
];

/** A Next.js 16 app with its own `middleware.ts`: `init` must keep it (no `proxy.ts` beside it). */
export interface ExistingMiddlewareApp {
  name: string;
  title: string;
  next: string;
  realInstall: false;
  middlewareFile: string;
}

export const EXISTING_MIDDLEWARE_APPS: ExistingMiddlewareApp[] = [
  {
    name: 'next16-middleware-ts',
    title: 'Next 16 App Router with an existing middleware.ts (TypeScript)',
    next: '16.4.6',
    realInstall: false,
    middlewareFile: 'middleware.ts',
  },
];

export interface AmplifyOutputs {
  auth: {
    user_pool_id: string;
    user_pool_client_id: string;
    aws_region: string;
    oauth: { domain: string; scopes: string[]; redirect_sign_in_uri: string[]; redirect_sign_out_uri: string[] };
  };
}

/**
 * An Amplify JS v5 app (`withSSRContext` server code, `aws-amplify` ^5 declared) taken through the upgrade
 * and `amplify-next migrate-v5`. Its Amplify packages come from npm runs in its own copy (`npm install
 * aws-amplify@6`, then `init`), never from the shared install.
 */
export interface MigrateV5App {
  name: string;
  title: string;
  next: string;
  /** Always true: see above (the shared install gets no Amplify packages for it). */
  realInstall: true;
  /** The files holding v5 server code that migrate-v5 must rewrite, sorted. */
  serverFiles: string[];
  /** The Pages Router `_app` with the v5 `Amplify.configure({ ...config, ssr: true })`. */
  appFile: string;
  /** Where `init` writes the server utils module. */
  utilsFile: string;
}

export const MIGRATE_V5_APPS: MigrateV5App[] = [
  {
    name: 'next14-pages-v5-ts',
    title: 'Next 14 Pages Router, Amplify v5 app → migrate-v5 (TypeScript)',
    next: '14.2.35',
    realInstall: true,
    serverFiles: ['pages/api/me.ts', 'pages/api/todos.ts', 'pages/index.tsx'],
    appFile: 'pages/_app.tsx',
    utilsFile: 'utils/amplifyServerUtils.ts',
  },
];

/** What the shared installs need to know about an app. */
export interface InstallMember {
  name: string;
  next: string;
  realInstall: boolean;
}

export function readOutputs(app: { name: string }): AmplifyOutputs {
  return JSON.parse(fs.readFileSync(path.join(APPS_DIR, app.name, 'amplify_outputs.json'), 'utf8')) as AmplifyOutputs;
}

/** Apps (of both kinds) grouped by the install they share, in run order. */
export function installGroups(): Map<string, InstallMember[]> {
  const groups = new Map<string, InstallMember[]>();
  for (const app of [...APPS, ...EXISTING_MIDDLEWARE_APPS, ...MIGRATE_V5_APPS]) {
    const key = `next-${app.next}`;
    groups.set(key, [...(groups.get(key) ?? []), app]);
  }
  return groups;
}

export const APP_ORIGIN = 'http://localhost:3000';
