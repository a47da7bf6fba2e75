import { Amplify, withSSRContext } from 'aws-amplify';
import type { GetServerSideProps } from 'next';
import { Post } from '@/models';
import awsconfig from '@/aws-exports';

Amplify.configure(awsconfig, { ssr: true });

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { DataStore } = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  const posts = await DataStore.query(Post);
  return { props: { count: posts.length } };
};
