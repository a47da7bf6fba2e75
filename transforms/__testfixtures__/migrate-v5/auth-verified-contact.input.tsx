import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const contact = await Auth.verifiedContact(user);
  return { props: { emailVerified: Boolean(contact.verified.email) } };
};

export default function Verify({ emailVerified }: { emailVerified: boolean }) {
  return <p>{emailVerified ? 'verified' : 'please verify'}</p>;
}
