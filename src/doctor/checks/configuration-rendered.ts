import type { JSXElement, Node } from '@babel/types';
import { injectConfigureComponent } from '../../../transforms/edits/inject-configure-component.js';
import { findAll } from '../../ast/walk.js';
import { importSpecifier } from '../../generate/import-specifier.js';
import { planEdit } from '../../generate/plan-edit.js';
import { CONFIGURE_COMPONENT } from '../../generate/init-plan.js';
import { emptyPlan } from '../../plan/plan.js';
import { allConfigureSites, clientConfigureSites, type ConfigureSite } from '../amplify-sites.js';
import { DOCS } from '../docs.js';
import { entries, entriesReaching, routesReaching } from '../module-graph.js';
import { isRouteFile } from '../../project/route-files.js';
import { position, WHOLE_FILE } from '../position.js';
import type { Check, DoctorProject, Finding } from '../check.js';

const CODE = 'configure-not-rendered';

/**
 * Amplify is configured in the browser only when the module that calls `Amplify.configure` is loaded: by a
 * root layout (App Router) or `_app` (Pages Router) that imports it, directly or through other modules.
 */
export const configureNotRendered: Check = {
  codes: [CODE],
  run(project) {
    const sites = clientConfigureSites(project);
    const { rootLayouts, pagesApp } = entries(project);
    if (sites.length === 0) return serverLayoutSites(project, rootLayouts);
    // Without a root layout that renders <body> or an _app, there is nothing to judge what renders from.
    if (rootLayouts.length === 0 && pagesApp === undefined) return [];
    const reached = new Set(sites.flatMap((site) => entriesReaching(project, site.file)));
    const findings: Finding[] = [];
    const component = componentToRender(project, sites);
    for (const layout of rootLayouts.filter((file) => !reached.has(file))) {
      findings.push({
        code: CODE,
        severity: 'error',
        file: layout,
        ...bodyPosition(project, layout),
        message: `This root layout renders no module that configures Amplify (${sites[0]!.file} does): its pages run Amplify APIs unconfigured in the browser.`,
        fix: component
          ? `Render <${component.name} /> (from ${component.file}) as the first child of <body>.`
          : 'Render the client component that calls Amplify.configure(config, { ssr: true }) as the first child of <body>.',
        docs: DOCS.configure,
        fixable: component !== undefined && injected(project, layout, component) !== undefined,
      });
    }
    const pagesDir = project.info.layout.routers.pages;
    if (pagesApp !== undefined && !reached.has(pagesApp) && rootLayouts.length === 0) {
      findings.push({
        code: CODE,
        severity: 'error',
        file: pagesApp,
        ...WHOLE_FILE,
        message: `_app imports no module that configures Amplify (${sites[0]!.file} does): pages run Amplify APIs unconfigured in the browser.`,
        fix: `Call Amplify.configure(config, { ssr: true }) at module level of ${pagesApp}, or import the module that does.`,
        docs: DOCS.configure,
        fixable: false,
      });
    }
    // A site no layout renders is said once: at the layouts when some miss, else here.
    for (const site of findings.length > 0 ? [] : sites) {
      if (entriesReaching(project, site.file).length > 0 || (pagesDir !== undefined && site.file === pagesApp)) continue;
      // A page (or a module it imports) configures when that page renders: configure-multiple judges it.
      if (routesReaching(project, site.file).length > 0) continue;
      if (rootLayouts.includes(site.file)) continue;
      findings.push({
        code: CODE,
        severity: 'error',
        file: site.file,
        ...position(site.call),
        message:
          'No root layout or _app imports this module, directly or through others, so this configure never runs before the pages use Amplify.',
        fix: 'Render it from the root layout (App Router) or import it in _app (Pages Router), or move the call there.',
        docs: DOCS.configure,
        fixable: false,
      });
    }
    return findings;
  },
  fix(project, findings) {
    const plan = emptyPlan();
    const component = componentToRender(project, clientConfigureSites(project));
    if (component === undefined) return plan;
    for (const layout of new Set(findings.map((finding) => finding.file))) {
      planEdit(plan, project.info.files, layout, {
        reason: `renders <${component.name} /> first in <body>`,
        edit: (source) => injectConfigureComponent(source, edit(project, layout, component)),
      });
    }
    return plan;
  },
};

/**
 * A root layout that is a Server Component and calls Amplify.configure itself, with no client module that
 * configures: the call runs on the server only, and the browser is never configured.
 */
function serverLayoutSites(project: DoctorProject, rootLayouts: readonly string[]): Finding[] {
  return allConfigureSites(project)
    .filter((site) => site.serverOnly && rootLayouts.includes(site.file))
    .map((site) => ({
      code: CODE,
      severity: 'error',
      file: site.file,
      ...position(site.call),
      message:
        'This root layout is a Server Component, so its Amplify.configure runs only on the server: the browser is never configured, and client-side Amplify APIs fail.',
      fix: "Move the call to a 'use client' component (Amplify.configure(config, { ssr: true }) at module level) and render it first in <body>: npx amplify-next init writes one.",
      docs: DOCS.configure,
      fixable: false,
    }));
}

interface Component {
  file: string;
  name: string;
}

/**
 * The one `'use client'` configure module with a default export: the component `init` renders in layouts.
 * A layout or page that configures itself is no component to render in another layout.
 */
function componentToRender(project: DoctorProject, sites: readonly ConfigureSite[]): Component | undefined {
  const candidates = [
    ...new Set(
      sites
        .filter((site) => site.useClient && site.ast.program.body.some((statement) => statement.type === 'ExportDefaultDeclaration'))
        .filter((site) => !isRouteFile(project.info.layout.routers, site.file))
        .map((site) => site.file),
    ),
  ];
  if (candidates.length !== 1) return undefined;
  const file = candidates[0]!;
  const base = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  return { file, name: /^[A-Z][A-Za-z0-9_]*$/.test(base) ? base : CONFIGURE_COMPONENT };
}

function edit(project: DoctorProject, layout: string, component: Component) {
  const { root, aliases } = project.info;
  return { filePath: layout, componentName: component.name, importSpecifier: importSpecifier(root, layout, component.file, aliases) };
}

function injected(project: DoctorProject, layout: string, component: Component): string | undefined {
  const editable = project.info.files.editSource(layout);
  if (editable === null) return undefined;
  const result = injectConfigureComponent(editable.source, edit(project, layout, component));
  return result.kind === 'changed' ? result.text : undefined;
}

function bodyPosition(project: DoctorProject, layout: string): { line: number; column: number } {
  const ast = project.parse(layout);
  const [body] = ast
    ? findAll(
        ast.program,
        (node: Node): node is JSXElement =>
          node.type === 'JSXElement' && node.openingElement.name.type === 'JSXIdentifier' && node.openingElement.name.name === 'body',
      )
    : [];
  return body ? position(body) : WHOLE_FILE;
}
