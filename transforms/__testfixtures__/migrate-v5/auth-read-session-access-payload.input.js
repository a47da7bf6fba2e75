import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const groups = session.getAccessToken().payload['cognito:groups'] || [];
  const scope = session.accessToken.payload.scope;
  return { props: { groups, scope } };
}

export default function Page({ groups }) {
  return <p>{groups.join(',')}</p>;
}
