import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps(context) {
  const SSR = withSSRContext({ context });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { email: user.attributes.email } };
  } catch (error) {
    return { props: { email: null } };
  }
}

export default function Account({ email }) {
  return <p>{email ?? 'Guest'}</p>;
}
