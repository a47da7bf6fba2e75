/** The pages the findings of the version, auth-route and server-code checks link to. */
export const DOCS = {
  ssr: 'https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/',
  dataServer: 'https://docs.amplify.aws/nextjs/build-a-backend/data/connect-from-server-runtime/nextjs-server-runtime/',
  v5ToV6: 'https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/',
  userAttributes: 'https://docs.amplify.aws/nextjs/build-a-backend/auth/concepts/user-attributes/',
  middlewareBypass: 'https://github.com/vercel/next.js/security/advisories/GHSA-f82v-jwr5-mffw',
  nextInstallation: 'https://nextjs.org/docs/app/getting-started/installation',
  nextCookies: 'https://nextjs.org/docs/app/api-reference/functions/cookies',
  nextUseClient: 'https://nextjs.org/docs/app/api-reference/directives/use-client',
  nextExternalPackages: 'https://nextjs.org/docs/app/api-reference/config/next-config-js/serverExternalPackages',
  nextEnv: 'https://nextjs.org/docs/app/guides/environment-variables',
} as const;
