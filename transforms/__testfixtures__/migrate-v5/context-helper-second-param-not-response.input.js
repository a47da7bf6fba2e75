import { withSSRContext } from 'aws-amplify';

// Shared by the pages' getServerSideProps: graphqlQuery(context.req, listPosts, { limit: 20 })
export async function graphqlQuery(req, query, variables) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query, variables });
  return data;
}

export async function requireUser(req, out) {
  const { Auth } = withSSRContext({ req });
  try {
    return await Auth.currentAuthenticatedUser();
  } catch {
    out.status(401).json({ error: 'Not signed in' });
    return null;
  }
}
