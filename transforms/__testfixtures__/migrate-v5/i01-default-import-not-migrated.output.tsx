// TODO(amplify-next): default-import: aws-amplify has no default export (v4 code); use import { Amplify } from 'aws-amplify'. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
import Amplify, { withSSRContext } from 'aws-amplify';
import type { GetServerSideProps } from 'next';
import { Post } from '@/models';
import awsconfig from '@/aws-exports';

Amplify.configure({ ...awsconfig, ssr: true });

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { DataStore } = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore.query: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  const posts = await DataStore.query(Post);
  return { props: { count: posts.length } };
};
