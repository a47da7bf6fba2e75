/** The pages a finding's `docs` links to. */
export const DOCS = {
  ssr: 'https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/',
  configure: 'https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/#configure-amplify-library-for-client-side-usage',
  serverRunner: 'https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/#configure-amplify-for-server-side-usage',
  guard: 'https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/#with-nextjs-middleware',
  matcher: 'https://nextjs.org/docs/app/api-reference/file-conventions/middleware#matcher',
  proxy: 'https://nextjs.org/docs/app/api-reference/file-conventions/proxy',
  upgrade16: 'https://nextjs.org/docs/app/guides/upgrading/version-16',
  v6Config: 'https://docs.amplify.aws/gen1/nextjs/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/',
} as const;
