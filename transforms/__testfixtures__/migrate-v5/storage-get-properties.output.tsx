import type { GetServerSideProps } from 'next';
import { getProperties } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, params, res }) => {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const { size: contentLength, contentType } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      getProperties(contextSpec, {
        key: `videos/${String(params?.id)}.mp4`,
        options: { accessLevel: 'protected' },
      }),
  });
  return { props: { size: contentLength ?? 0, type: contentType ?? 'video/mp4' } };
};

export default function Video({ size }: { size: number }) {
  return <p>{size} bytes</p>;
}
