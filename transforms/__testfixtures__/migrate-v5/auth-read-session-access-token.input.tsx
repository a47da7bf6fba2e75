import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const jwt = session.getAccessToken().getJwtToken();
  const legacy = session.accessToken.jwtToken;
  return { props: { same: jwt === legacy } };
};

export default function Page({ same }: { same: boolean }) {
  return <p>{String(same)}</p>;
}
