import { withSSRContext } from 'aws-amplify';
import { loadDashboard } from '../lib/dashboard';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const dashboard = await loadDashboard(SSR);
  return { props: { dashboard } };
}

export default function Dashboard({ dashboard }) {
  return <pre>{JSON.stringify(dashboard)}</pre>;
}
