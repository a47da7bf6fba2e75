import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPublicPosts } from '../graphql/queries';

export async function getServerSideProps({ req, res }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: listPublicPosts,
        authMode: 'iam',
      }),
  });
  return { props: { posts: data.listPublicPosts.items } };
}

export default function Public({ posts }) {
  return <p>{posts.length}</p>;
}
