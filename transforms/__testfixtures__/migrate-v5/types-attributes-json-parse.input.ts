import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }: GetServerSidePropsContext) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const teams: string[] = JSON.parse(user.attributes['custom:teams'] ?? '[]');
  const email: string = user.attributes.email;
  return { props: { email, teams } };
}
