import type { GetServerSideProps } from 'next';
import { Amplify } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import awsExports from '@/aws-exports';

// TODO(amplify-next): configure-options: these options moved in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
Amplify.configure({
  ...awsExports,
  ssr: true,
  Auth: {
    ...awsExports.Auth,
    cookieStorage: { domain: '.example.com', secure: true },
  },
});

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { username: user.username } };
};

export default function Home({ username }: { username: string }) {
  return <p>{username}</p>;
}
