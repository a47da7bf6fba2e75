import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, res }) {
  const { Auth } = withSSRContext({ req });
  try {
    await Auth.currentAuthenticatedUser();
  } catch {
    res.writeHead(302, { Location: '/signin' });
    res.end();
  }
  return { props: {} };
}

export default function Dashboard() {
  return <main>Dashboard</main>;
}
