import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  try {
    const session = await Auth.currentSession();
    return { props: { token: session.getIdToken().getJwtToken() } };
  } catch (error: any) {
    // TODO(amplify-next): error-shape: v6 errors have other names. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
    if (error.code === 'NotAuthorizedException' || error === 'No current user') {
      return { redirect: { destination: '/login', permanent: false } };
    }
    throw error;
  }
};

export default function Page({ token }: { token: string }) {
  return <p>{token.length}</p>;
}
