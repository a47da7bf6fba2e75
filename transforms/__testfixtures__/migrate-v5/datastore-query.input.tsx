import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { serializeModel } from '@aws-amplify/datastore/ssr';
import { Post } from '@/models';

export const getServerSideProps: GetServerSideProps = async ({ req, params }) => {
  const SSR = withSSRContext({ req });
  const post = await SSR.DataStore.query(Post, String(params?.id));
  return { props: { post: serializeModel(post) } };
};
