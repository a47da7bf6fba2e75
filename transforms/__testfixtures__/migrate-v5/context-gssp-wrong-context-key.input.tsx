import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps(context: GetServerSidePropsContext) {
  const SSR = withSSRContext({ context });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { email: user.attributes.email ?? null } };
  } catch (error) {
    return { props: { email: null } };
  }
}

export default function Account({ email }: { email: string | null }) {
  return <p>{email ?? 'Guest'}</p>;
}
