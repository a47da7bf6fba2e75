import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { getPost } from '../../src/graphql/queries';

export async function getServerSideProps({ req, params, res }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: getPost,
        variables: { id: params.id },
      }),
  });
  return { props: { post: data.getPost } };
}

export default function Post({ post }) {
  return <h1>{post.title}</h1>;
}
