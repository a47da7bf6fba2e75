import type { GetServerSideProps } from 'next';
import { getUrl } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, params, res }) => {
  const key = `invoices/${String(params?.id)}.pdf`;
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const url = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { url } = await getUrl(contextSpec, {
        key,
        options: { accessLevel: 'private', expiresIn: 60 },
      });
      return url.toString();
    },
  });
  return { props: { url } };
};

export default function Invoice({ url }: { url: string }) {
  return <a href={url}>Download</a>;
}
