import { predatesV6 } from '../install/dependencies.js';

/** What the migrated code needs from the installed aws-amplify, said once per run. */
export function installedAmplifyNote(version: string | undefined): string | undefined {
  if (version === undefined) return 'aws-amplify v6 and @aws-amplify/adapter-nextjs are not installed: run npx amplify-next init (or install them) before building.';
  if (predatesV6(version)) return `aws-amplify ${version} is installed: the migrated code needs v6 (npm install aws-amplify@6 @aws-amplify/adapter-nextjs).`;
  return undefined;
}
