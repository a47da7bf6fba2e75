import { withSSRContext } from 'aws-amplify';

export async function getStaticProps({ req }: { req?: unknown }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { props: { signedIn: Boolean(user) }, revalidate: 10 };
}
