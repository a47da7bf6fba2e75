// TODO(amplify-next): default-import: aws-amplify has no default export (v4 code); use import { Amplify } from 'aws-amplify'. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
import Amplify, { withSSRContext } from 'aws-amplify';
import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { DataStore } = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore from the SSR instance is used; DataStore has no server API in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  return { props: { ready: Boolean(DataStore) } };
};
