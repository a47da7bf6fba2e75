import Amplify, { withSSRContext } from 'aws-amplify';
import type { GetServerSideProps } from 'next';
import { Post } from '@/models';
import awsconfig from '@/aws-exports';

Amplify.configure({ ...awsconfig, ssr: true });

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { DataStore } = withSSRContext({ req });
  const posts = await DataStore.query(Post);
  return { props: { count: posts.length } };
};
