import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req, params }) => {
  const SSR = withSSRContext({ req });
  const { contentLength, contentType } = await SSR.Storage.getProperties(`videos/${String(params?.id)}.mp4`, {
    level: 'protected',
  });
  return { props: { size: contentLength ?? 0, type: contentType ?? 'video/mp4' } };
};

export default function Video({ size }: { size: number }) {
  return <p>{size} bytes</p>;
}
