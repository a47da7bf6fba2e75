import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    const token = user.signInUserSession.idToken.jwtToken;
    const res = await fetch(`${process.env.API_URL}/me`, { headers: { Authorization: token } });
    return { props: { me: await res.json() } };
  } catch (e) {
    return { redirect: { destination: '/login', permanent: false } };
  }
}

export default function Me({ me }) {
  return <pre>{JSON.stringify(me)}</pre>;
}
