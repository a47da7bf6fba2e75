import { describe, expect, it } from 'vitest';
import { describeEditFixtures } from '../../test/helpers/transform-fixtures.js';
import { addAuthRouteHandlers } from './add-auth-route-handlers.js';
import { parseEditSource } from '../../src/ast/edit-source.js';

describeEditFixtures(
  'add-auth-route-handlers',
  addAuthRouteHandlers,
  (fixture) => ({ filePath: `utils/amplifyServerUtils.${fixture.ext}`, ...fixture.options }),
  'export const { a } = createServerRunner({',
);

describe('addAuthRouteHandlers', () => {
  it('an empty cookies object asks for no runtimeOptions', () => {
    const source =
      "import { createServerRunner } from '@aws-amplify/adapter-nextjs';\nexport const { createAuthRouteHandlers } = createServerRunner({ config });\n";
    expect(
      addAuthRouteHandlers(parseEditSource(source, 'utils/amplifyServerUtils.ts'), {
        filePath: 'utils/amplifyServerUtils.ts',
        cookies: {},
      }),
    ).toEqual({ kind: 'unchanged' });
  });
});
