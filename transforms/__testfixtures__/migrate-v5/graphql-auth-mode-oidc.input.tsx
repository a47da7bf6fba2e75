import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listDocs } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({
    query: listDocs,
    authMode: 'OPENID_CONNECT',
    authToken: req.cookies.oidc_token,
  });
  return { props: { docs: data.listDocs.items } };
};

export default function Docs({ docs }: { docs: unknown[] }) {
  return <p>{docs.length}</p>;
}
