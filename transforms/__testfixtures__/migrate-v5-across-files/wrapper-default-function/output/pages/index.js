import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps(context) {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { signedIn: true, username: user.username } };
  } catch (err) {
    return { props: { signedIn: false } };
  }
}

export default function Home({ signedIn, username }) {
  return <main>{signedIn ? <p>Hi {username}</p> : <a href="/login">Log in</a>}</main>;
}
