import { clientConfigureSites } from '../amplify-sites.js';
import { DOCS } from '../docs.js';
import { entriesReaching, routesReaching } from '../module-graph.js';
import { position } from '../position.js';
import type { Check, Finding } from '../check.js';

const CODE = 'configure-multiple';

/**
 * More than one `Amplify.configure` for the same pages: the last one wins, and one without `ssr` undoes the
 * other. A Pages Router `_app` and an App Router layout are separate bundles and may each configure once.
 */
export const configureMultiple: Check = {
  codes: [CODE],
  run(project) {
    // A site nothing renders never runs (configure-not-rendered says so): it undoes nothing. A page's own
    // configure runs after the one its layout or _app renders: that one is kept, the page's is reported.
    const rendered = clientConfigureSites(project).filter(
      (site) => entriesReaching(project, site.file).length > 0 || routesReaching(project, site.file).length > 0,
    );
    const byEntry = rendered.filter((site) => entriesReaching(project, site.file).length > 0);
    const sites = [...byEntry, ...rendered.filter((site) => !byEntry.includes(site))];
    if (sites.length < 2) return [];
    const pagesDir = project.info.layout.routers.pages;
    const bundleOf = (file: string) => {
      const reached = [...entriesReaching(project, file), ...routesReaching(project, file)];
      return reached.length > 0 && pagesDir !== undefined && reached.every((entry) => entry.startsWith(`${pagesDir}/`)) ? 'pages' : 'app';
    };
    const first = new Map<string, string>();
    const findings: Finding[] = [];
    for (const site of sites) {
      const bundle = bundleOf(site.file);
      const earlier = first.get(bundle);
      const here = position(site.call);
      if (earlier === undefined) {
        first.set(bundle, `${site.file}:${here.line}`);
        continue;
      }
      findings.push({
        code: CODE,
        severity: 'warning',
        file: site.file,
        ...here,
        message: `Amplify is configured here and at ${earlier}: the last call wins, so one without { ssr: true } (or with another config) undoes the other.`,
        fix: 'Configure once: keep one Amplify.configure(config, { ssr: true }) in the client module your root layout or _app renders, and remove this one.',
        docs: DOCS.configure,
        fixable: false,
      });
    }
    return findings;
  },
};
