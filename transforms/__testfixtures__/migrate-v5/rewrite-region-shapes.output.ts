import type { GetServerSidePropsContext } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listItems } from '@/graphql/queries';

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const user = await getCurrentUser(contextSpec);
      if (!user) return { notFound: true as const };
      const { data } = await reqResBasedClient.graphql<GraphQLQuery<any>>(
        contextSpec,
        { query: listItems, variables: { owner: user.username } },
      );
      return { props: { items: data.listItems.items } };
    },
  });
}

export function getServerSidePropsThen({ req, res }: GetServerSidePropsContext) {
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  })
    .then((user: { username: string }) => ({ props: { username: user.username } }))
    .catch(() => ({ redirect: { destination: '/login', permanent: false } }));
}

export const handler2 = async ({ req, res }: GetServerSidePropsContext) => {
  let owner: string | null = null;
  try {
    const data = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        owner = (await getCurrentUser(contextSpec)).username;
        const { data } = await reqResBasedClient.graphql<GraphQLQuery<any>>(
          contextSpec,
          { query: listItems, variables: { owner } },
        );
        return data;
      },
    });
    return { props: { items: data.listItems.items } };
  } catch (e) {
    return { props: { items: [], owner } };
  }
};
