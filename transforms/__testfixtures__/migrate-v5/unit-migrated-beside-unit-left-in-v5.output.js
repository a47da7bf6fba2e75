import { withSSRContext } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { Post } from '../src/models';

export async function getServerSideProps({ req, res }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { username: user.username } };
}

export async function loadPosts(req) {
  // TODO(amplify-next): missing-response: v6 needs the response too. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const { DataStore } = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  return DataStore.query(Post);
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
