import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const groups = (session.getAccessToken().payload['cognito:groups'] as string[] | undefined) ?? [];
  const scope = String(session.accessToken.payload.scope);
  return { props: { groups, scope } };
};

export default function Page({ groups }: { groups: string[] }) {
  return <p>{groups.join(',')}</p>;
}
