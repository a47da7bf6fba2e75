import type { GetServerSideProps } from 'next';
import { getProperties } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, params, res }) => {
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
