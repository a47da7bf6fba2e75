import type { GetServerSideProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { getAuthor } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, query, res }) => {
  const ids = String(query.ids || '').split(',').filter(Boolean);
  const authors: unknown[] = [];
  await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      for (const id of ids) {
        const { data } = await reqResBasedClient.graphql<GraphQLQuery<any>>(
          contextSpec,
          { query: getAuthor, variables: { id } },
        );
        authors.push(data.getAuthor);
      }
    },
  });
  return { props: { authors } };
};

export default function Authors({ authors }: { authors: unknown[] }) {
  return <p>{authors.length}</p>;
}
