import { getUrl } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, params, res }) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const url = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { url } = await getUrl(contextSpec, {
        key: `avatars/${params.id}.png`,
        options: { accessLevel: 'protected' },
      });
      return url.toString();
    },
  });
  return { props: { url } };
}

export default function Avatar({ url }) {
  return <img src={url} alt="" />;
}
