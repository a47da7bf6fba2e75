import { describeEditFixtures } from '../../test/helpers/transform-fixtures.js';
import { renameServerComponentsPackagesKey } from './rename-server-packages-key.js';

describeEditFixtures(
  'rename-server-packages-key',
  renameServerComponentsPackagesKey,
  (fixture) => ({ filePath: `next.config.${fixture.ext}`, nextMajor: 15 as const, ...fixture.options }),
  'module.exports = {',
);
