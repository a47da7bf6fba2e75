import Amplify, { withSSRContext } from 'aws-amplify';
import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { DataStore } = withSSRContext({ req });
  return { props: { ready: Boolean(DataStore) } };
};
