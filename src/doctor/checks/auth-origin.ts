import { ORIGIN_VARIABLE } from '../../generate/auth-routes-plan.js';
import { planEnvVariable } from '../../generate/env-file.js';
import { emptyPlan } from '../../plan/plan.js';
import type { Check, Finding } from '../check.js';
import { authRouteFiles } from './auth-routes-facts.js';
import { DOCS } from '../docs.js';
import { isOrigin, originEntries } from './env-origins.js';
import { positionOf } from './locate.js';

/** What `add auth-routes` writes when no --origin is given: the origin of `next dev`. */
const DEV_ORIGIN = 'http://localhost:3000';

/** AMPLIFY_APP_ORIGIN, which the server-side auth routes build every redirect from. */
export const authOriginCheck: Check = {
  codes: ['auth-origin-missing', 'auth-origin-invalid', 'auth-origin-insecure'],
  run(project) {
    const [route] = authRouteFiles(project);
    if (route === undefined) return [];
    const entries = originEntries(project);
    if (entries.length === 0) {
      return [
        {
          code: 'auth-origin-missing',
          severity: 'warning',
          file: route.file,
          ...positionOf(route.call),
          message: `No env file sets ${ORIGIN_VARIABLE}: unless the build and server environments set it, next build fails on the auth routes and every /api/auth/* request throws.`,
          fix: `Set ${ORIGIN_VARIABLE}=${DEV_ORIGIN} in .env.local for next dev, and your site's origin (https://…) where the app is built and served.`,
          docs: DOCS.ssr,
          fixable: true,
        },
      ];
    }
    const findings: Finding[] = [];
    for (const entry of entries) {
      const where = { file: entry.file, ...entry.position };
      if (!isOrigin(entry.value)) {
        findings.push({
          code: 'auth-origin-invalid',
          severity: 'error',
          ...where,
          message: `${ORIGIN_VARIABLE}=${entry.value} is not an origin the adapter accepts: the auth routes fail with "AMPLIFY_APP_ORIGIN environment variable contains an invalid origin string".`,
          fix: 'Write the scheme, host and port only, in lower case, without a path or trailing slash (e.g. https://www.example.com).',
          docs: DOCS.ssr,
          fixable: false,
        });
      } else if (entry.production && entry.value.startsWith('http:')) {
        findings.push({
          code: 'auth-origin-insecure',
          severity: 'warning',
          ...where,
          message: `${entry.file} sets ${ORIGIN_VARIABLE}=${entry.value}: production sign-ins redirect to an http origin, the token cookies lose their Secure flag, and Cognito accepts http callback URLs for localhost only.`,
          fix: `Set ${ORIGIN_VARIABLE} in ${entry.file} to the https origin the app is served from.`,
          docs: DOCS.ssr,
          fixable: false,
        });
      }
    }
    return findings;
  },
  fix(project, findings) {
    const plan = emptyPlan();
    if (!findings.some((finding) => finding.code === 'auth-origin-missing')) return plan;
    planEnvVariable(plan, project.info.files, '.env.local', ORIGIN_VARIABLE, DEV_ORIGIN, { force: false });
    return plan;
  },
};
