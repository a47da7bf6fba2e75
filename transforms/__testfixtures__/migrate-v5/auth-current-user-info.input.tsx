import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const info = await Auth.currentUserInfo();
  if (!info) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  return { props: { email: info.attributes.email ?? null, identityId: info.id ?? null } };
};

export default function Me({ email }: { email: string | null }) {
  return <p>{email}</p>;
}
