import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps = async ({ req, res: __res }) => {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: __res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  const res = await fetch(`https://api.example.com/profiles/${user.username}`);
  const profile = await res.json();
  return { props: { profile } };
};

export default function Page({ profile }) {
  return <pre>{JSON.stringify(profile, null, 2)}</pre>;
}
