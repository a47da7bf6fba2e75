import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listItems } from '../graphql/queries';

export async function getServerSideProps({ req, res }) {
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const user = await getCurrentUser(contextSpec);
      if (!user) return { notFound: true };
      const { data } = await reqResBasedClient.graphql(contextSpec, {
        query: listItems,
        variables: { owner: user.username },
      });
      return { props: { items: data.listItems.items } };
    },
  });
}

export function getServerSidePropsThen({ req, res }) {
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => ({
      ...(await getCurrentUser(contextSpec)),
      attributes: await fetchUserAttributes(contextSpec),
    }),
  })
    .then((user) => ({ props: { username: user.username, email: user.attributes.email } }))
    .catch(() => ({ redirect: { destination: '/login', permanent: false } }));
}

export const handler2 = async ({ req, res }) => {
  let user = null;
  try {
    const data = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        user = await getCurrentUser(contextSpec);
        const { data } = await reqResBasedClient.graphql(contextSpec, {
          query: listItems,
          variables: { owner: user.username },
        });
        return data;
      },
    });
    return { props: { items: data.listItems.items } };
  } catch (e) {
    return { props: { items: [] } };
  }
};
