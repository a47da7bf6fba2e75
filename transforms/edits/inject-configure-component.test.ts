import { describeEditFixtures } from '../../test/helpers/transform-fixtures.js';
import { injectConfigureComponent } from './inject-configure-component.js';

describeEditFixtures(
  'inject-configure-component',
  injectConfigureComponent,
  (fixture) => ({
    filePath: `app/layout.${fixture.ext}`,
    componentName: 'ConfigureAmplifyClientSide',
    importSpecifier: '@/components/ConfigureAmplify',
    ...fixture.options,
  }),
  'export default function (',
);
