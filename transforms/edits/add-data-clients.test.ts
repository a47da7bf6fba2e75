import { describeEditFixtures } from '../../test/helpers/transform-fixtures.js';
import { addDataClients, type DataClientKind } from './add-graphql-client.js';

describeEditFixtures(
  'add-data-clients',
  addDataClients,
  (fixture) => ({
    filePath: `utils/amplifyServerUtils.${fixture.ext}`,
    clients: ['cookies', 'reqRes'] as DataClientKind[],
    ...fixture.options,
  }),
  'export const { a } = createServerRunner({',
);
