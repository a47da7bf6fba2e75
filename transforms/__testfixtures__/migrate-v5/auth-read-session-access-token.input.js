import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const jwt = session.getAccessToken().getJwtToken();
  const legacy = session.accessToken.jwtToken;
  return { props: { same: jwt === legacy } };
}

export default function Page({ same }) {
  return <p>{String(same)}</p>;
}
