import type { GetServerSideProps } from 'next';
import { withSSRContext as getAmplify } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const amplify = getAmplify({ req });
  const session = await amplify.Auth.currentSession();
  const groups = (session.getAccessToken().payload['cognito:groups'] as string[] | undefined) ?? [];
  return { props: { groups } };
};

export default function Admin({ groups }: { groups: string[] }) {
  return <p>{groups.join(', ')}</p>;
}
