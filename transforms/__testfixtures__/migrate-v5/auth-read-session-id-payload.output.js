import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const claims = session.tokens?.idToken?.payload;
  const decoded = session.tokens?.idToken?.payload;
  return { props: { role: claims['custom:role'] || 'viewer', email: decoded.email } };
}

export default function Page({ role }) {
  return <p>{role}</p>;
}
