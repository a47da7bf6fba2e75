import type { GetServerSideProps } from 'next';
import { list } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, query, res }) => {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
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
