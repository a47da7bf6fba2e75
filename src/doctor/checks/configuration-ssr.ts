import { configureAmplifyInApp } from '../../../transforms/edits/configure-amplify-in-app.js';
import { findProperty } from '../../ast/object-properties.js';
import { hasSsrTrue } from '../../ast/amplify-configure.js';
import { planEdit } from '../../generate/plan-edit.js';
import { emptyPlan } from '../../plan/plan.js';
import { clientConfigureSites, type ConfigureSite } from '../amplify-sites.js';
import { DOCS } from '../docs.js';
import { position } from '../position.js';
import type { Check, DoctorProject, Finding } from '../check.js';
import type { EditSource } from '../../ast/edit-source.js';

const CODE = 'configure-without-ssr';

/** `Amplify.configure(config)` without `{ ssr: true }` as its second argument keeps tokens in localStorage. */
export const configureWithoutSsr: Check = {
  codes: [CODE],
  run(project) {
    return clientConfigureSites(project)
      .filter((site) => !configuresSsr(site))
      .map((site): Finding => {
        const v5Form = site.call.arguments[0]?.type === 'ObjectExpression' && findProperty(site.call.arguments[0], 'ssr') !== undefined;
        return {
          code: CODE,
          severity: 'error',
          file: site.file,
          ...position(site.call),
          message: v5Form
            ? 'Amplify.configure gets ssr inside the config object (the v5 form), which v6 ignores: tokens stay in localStorage and the server sees no signed-in user.'
            : 'Amplify.configure has no { ssr: true } second argument: tokens stay in localStorage and the server sees no signed-in user.',
          fix: 'Call Amplify.configure(config, { ssr: true }), once, at module level of a client module.',
          docs: DOCS.configure,
          fixable: fixedText(project, site.file) !== undefined,
        };
      });
  },
  fix(project, findings) {
    const plan = emptyPlan();
    for (const file of new Set(findings.map((finding) => finding.file))) {
      planEdit(plan, project.info.files, file, {
        reason: 'Amplify.configure(config, { ssr: true })',
        edit: (source) => completeConfigure(source, file),
      });
    }
    return plan;
  },
};

function configuresSsr(site: ConfigureSite): boolean {
  const options = site.call.arguments[1];
  return options?.type === 'ObjectExpression' && hasSsrTrue(options);
}

/** The same edit `init` makes to a Pages Router `_app`: it completes the one module-level call of a file. */
function completeConfigure(source: EditSource, file: string) {
  return configureAmplifyInApp(source, { filePath: file, configImportSpecifier: '' });
}

function fixedText(project: DoctorProject, file: string): string | undefined {
  const editable = project.info.files.editSource(file);
  if (editable === null) return undefined;
  const result = completeConfigure(editable.source, file);
  return result.kind === 'changed' ? result.text : undefined;
}
