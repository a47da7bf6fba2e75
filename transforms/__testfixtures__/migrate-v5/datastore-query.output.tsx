import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
// TODO(amplify-next): datastore-ssr-import: this module is gone in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
import { serializeModel } from '@aws-amplify/datastore/ssr';
import { Post } from '@/models';

export const getServerSideProps: GetServerSideProps = async ({ req, params }) => {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  const post = await SSR.DataStore.query(Post, String(params?.id));
  return { props: { post: serializeModel(post) } };
};
