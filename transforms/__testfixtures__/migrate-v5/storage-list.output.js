import { list } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, query, res }) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const page = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      list(contextSpec, {
        prefix: 'uploads/',
        options: {
          accessLevel: 'private',
          pageSize: 25,
          nextToken: query.token,
        },
      }),
  });
  return {
    props: {
      files: page.items.map((f) => ({ key: f.key, size: f.size })),
      nextToken: page.nextToken ?? null,
      more: !!page.nextToken,
    },
  };
}

export default function Files({ files }) {
  return <p>{files.length}</p>;
}
