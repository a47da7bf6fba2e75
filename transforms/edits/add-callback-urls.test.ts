import { describeEditFixtures } from '../../test/helpers/transform-fixtures.js';
import { addCallbackUrls } from './add-callback-urls.js';

/** The URLs `add auth-routes` passes for a local origin, unless a case's options.json says otherwise. */
describeEditFixtures(
  'add-callback-urls',
  addCallbackUrls,
  (fixture) => ({
    filePath: `amplify/auth/resource.${fixture.ext}`,
    callbackUrls: ['http://localhost:3000/api/auth/sign-in-callback'],
    logoutUrls: ['http://localhost:3000/api/auth/sign-out-callback'],
    ...fixture.options,
  }),
  'export const auth = defineAuth({',
);
