import { withSSRContext } from 'aws-amplify';
import { loadDashboard } from '../lib/dashboard';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): ssr-context-escapes: the SSR instance leaves this function. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
  const dashboard = await loadDashboard(SSR);
  return { props: { dashboard } };
}

export default function Dashboard({ dashboard }) {
  return <pre>{JSON.stringify(dashboard)}</pre>;
}
