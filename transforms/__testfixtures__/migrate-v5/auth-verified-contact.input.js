import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const contact = await Auth.verifiedContact(user);
  return { props: { emailVerified: Boolean(contact.verified.email) } };
}

export default function Verify({ emailVerified }) {
  return <p>{emailVerified ? 'verified' : 'please verify'}</p>;
}
