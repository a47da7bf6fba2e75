import { predatesV6 } from '../install/dependencies.js';
import type { AmplifyVersion } from './amplify-version.js';

/** What the migrated code needs from the project's aws-amplify, said once per run. */
export function installedAmplifyNote(found: AmplifyVersion | undefined): string | undefined {
  if (found === undefined)
    return 'aws-amplify v6 and @aws-amplify/adapter-nextjs are not installed: run npx amplify-next init (or install them) before building.';
  if (!predatesV6(found.version)) return undefined;
  const what =
    found.source === 'installed' ? `aws-amplify ${found.version} is installed` : `package.json declares aws-amplify ${found.version}`;
  return `${what}: the migrated code needs v6 (npm install aws-amplify@6 @aws-amplify/adapter-nextjs).`;
}
