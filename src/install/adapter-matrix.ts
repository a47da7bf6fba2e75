import semver from 'semver';

/** A lowest @aws-amplify/adapter-nextjs version that something we generate needs, and why. */
export interface AdapterNeed {
  version: string;
  why: string;
}

/** What the generated code uses, beyond what every command writes. */
export interface GeneratedFeatures {
  /** `createAuthRouteHandlers` and the server-side sign-in routes (`add auth-routes`). */
  authRoutes: boolean;
}

/**
 * The adapter releases the generated code needs, read from the adapter's own releases: their `next` peer
 * range, their exports and their fixes.
 */
export function adapterNeeds(nextMajor: number, features: GeneratedFeatures): AdapterNeed[] {
  const needs: AdapterNeed[] = [];
  if (nextMajor === 15)
    needs.push({ version: '1.3.0', why: 'Next.js 15 (the first release that accepts it and awaits the async cookies())' });
  if (nextMajor >= 16) needs.push({ version: '1.7.0', why: 'Next.js 16 (the first release that accepts it)' });
  if (features.authRoutes) {
    needs.push({ version: '1.5.0', why: 'createAuthRouteHandlers (without it next build fails on the auth routes)' });
    // Whether a Cognito username holds an '@' depends on the users, not on the config: always ask for the fix.
    needs.push({
      version: '1.7.3',
      why: 'server-side sign-in and sign-out of users whose username is an email address (amplify-js#14666, #14781)',
    });
  }
  return needs;
}

/** The lowest version that meets every need. */
export function lowestAdapter(needs: AdapterNeed[]): string | undefined {
  return needs.map((need) => need.version).sort(semver.rcompare)[0];
}

/** The needs a version does not meet, highest first. */
export function unmetNeeds(version: string, needs: AdapterNeed[]): AdapterNeed[] {
  return needs.filter((need) => semver.lt(version, need.version)).sort((a, b) => semver.rcompare(a.version, b.version));
}
