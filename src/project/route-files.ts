import type { ProjectLayout } from './layout.js';

/** App Router files Next.js renders for a route (root layouts included). */
const APP_ROUTE_FILE = /(^|\/)(page|layout|template|default|not-found|error|global-error|loading)\.(tsx?|jsx?|mjs)$/;

/** A file Next.js loads as (part of) a page: an App Router page or layout, a Pages Router page. */
export function isRouteFile(routers: ProjectLayout['routers'], file: string): boolean {
  const { app, pages } = routers;
  if (app !== undefined && file.startsWith(`${app}/`)) return APP_ROUTE_FILE.test(file.slice(app.length));
  if (pages === undefined || !file.startsWith(`${pages}/`)) return false;
  const route = file.slice(pages.length + 1);
  return !route.startsWith('api/') && !/^_(app|document|error)\./.test(route);
}
