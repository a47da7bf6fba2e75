import { describeEditFixtures } from '../../test/helpers/transform-fixtures.js';
import { addGraphqlClient } from './add-graphql-client.js';

describeEditFixtures(
  'add-graphql-client',
  addGraphqlClient,
  (fixture) => ({ filePath: `utils/amplifyServerUtils.${fixture.ext}`, ...fixture.options }),
  'export const { a } = createServerRunner({',
);
