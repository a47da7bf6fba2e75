import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const claims = session.getIdToken().payload;
  const decoded = session.getIdToken().decodePayload();
  return { props: { role: claims['custom:role'] || 'viewer', email: decoded.email } };
}

export default function Page({ role }) {
  return <p>{role}</p>;
}
