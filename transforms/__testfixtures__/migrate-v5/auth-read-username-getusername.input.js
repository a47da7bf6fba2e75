import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username, display: user.getUsername().toUpperCase() } };
}

export default function Page({ display }) {
  return <p>{display}</p>;
}
