import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { getAuthor } from '../graphql/queries';

export async function getServerSideProps({ req, query, res }) {
  const ids = String(query.ids || '').split(',').filter(Boolean);
  const authors = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const authors = await Promise.all(
        ids.map(async (id) => {
          const { data } = await reqResBasedClient.graphql(contextSpec, {
            query: getAuthor,
            variables: { id },
          });
          return data.getAuthor;
        }),
      );
      return authors;
    },
  });
  return { props: { authors } };
}

export default function Authors({ authors }) {
  return <p>{authors.length}</p>;
}
