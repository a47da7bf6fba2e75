import { withSSRContext } from 'aws-amplify';

export async function getStaticProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { props: { signedIn: Boolean(user) }, revalidate: 10 };
}

export default function Landing({ signedIn }) {
  return <div>{signedIn ? 'Welcome back' : 'Hello'}</div>;
}
