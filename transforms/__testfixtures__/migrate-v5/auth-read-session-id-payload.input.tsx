import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const claims = session.getIdToken().payload;
  const decoded = session.idToken.payload;
  return { props: { role: String(claims?.['custom:role'] ?? 'viewer'), email: String(decoded?.email) } };
};

export default function Page({ role }: { role: string }) {
  return <p>{role}</p>;
}
