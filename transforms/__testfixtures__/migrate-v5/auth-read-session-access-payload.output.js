import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const groups = session.tokens?.accessToken.payload['cognito:groups'] || [];
  const scope = session.tokens?.accessToken.payload.scope;
  return { props: { groups, scope } };
}

export default function Page({ groups }) {
  return <p>{groups.join(',')}</p>;
}
