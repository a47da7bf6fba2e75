import type { GetServerSideProps } from 'next';
import { list } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, query, res }) => {
  const { items: results, nextToken } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      list(contextSpec, {
        prefix: 'shared/',
        options: {
          accessLevel: 'protected',
          targetIdentityId: String(query.owner),
          pageSize: 10,
        },
      }),
  });
  return { props: { keys: results.map((r: { key: string }) => r.key), nextToken: nextToken ?? null } };
};

export default function Shared({ keys }: { keys: string[] }) {
  return <p>{keys.join(', ')}</p>;
}
