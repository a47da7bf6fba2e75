import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req, query }) => {
  const SSR = withSSRContext({ req });
  const { results, nextToken } = await SSR.Storage.list('shared/', {
    level: 'protected',
    identityId: String(query.owner),
    pageSize: 10,
  });
  return { props: { keys: results.map((r: { key: string }) => r.key), nextToken: nextToken ?? null } };
};

export default function Shared({ keys }: { keys: string[] }) {
  return <p>{keys.join(', ')}</p>;
}
