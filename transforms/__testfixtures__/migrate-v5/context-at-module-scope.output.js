import { withSSRContext } from 'aws-amplify';

// TODO(amplify-next): module-scope-context: withSSRContext at module scope. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
const SSR = withSSRContext();

export async function getServerSideProps() {
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
