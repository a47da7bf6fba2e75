import { withSSRContext } from 'aws-amplify';

/**
 * Amplify for the page being rendered on the server.
 * Pass the getServerSideProps context.
 */
// TODO(amplify-next): ssr-context-escapes: the SSR instance leaves this function. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
export const getSSR = (ctx) => withSSRContext({ req: ctx.req });
