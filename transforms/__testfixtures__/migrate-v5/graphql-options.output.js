import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '../src/graphql/queries';

export async function getServerSideProps({ req, res }) {
  const response = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: listPosts,
        variables: { limit: 20 },
        authMode: 'userPool',
      }),
  });
  return {
    props: {
      posts: response.data.listPosts.items,
    },
  };
}

export default function Posts({ posts }) {
  return posts.map((p) => <p key={p.id}>{p.title}</p>);
}
