import { withSSRContext } from 'aws-amplify';

/**
 * Amplify for the page being rendered on the server.
 * Pass the getServerSideProps context.
 */
export const getSSR = (ctx) => withSSRContext({ req: ctx.req });
