import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  // TODO(amplify-next): result-shape: the v6 result has another shape. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  const contact = await Auth.verifiedContact(user);
  return { props: { emailVerified: Boolean(contact.verified.email) } };
}

export default function Verify({ emailVerified }) {
  return <p>{emailVerified ? 'verified' : 'please verify'}</p>;
}
