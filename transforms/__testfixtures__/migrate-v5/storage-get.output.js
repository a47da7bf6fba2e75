import { getUrl } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, params, res }) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const imageUrl = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { url } = await getUrl(contextSpec, {
        key: `photos/${params.id}.jpg`,
        options: {
          accessLevel: 'protected',
          targetIdentityId: params.owner,
          expiresIn: 3600,
          validateObjectExistence: true,
        },
      });
      return url.toString();
    },
  });
  const publicUrl = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { url } = await getUrl(contextSpec, { key: 'banner.png' });
      return url.toString();
    },
  });
  return { props: { imageUrl, publicUrl } };
}

export default function Photo({ imageUrl }) {
  return <img src={imageUrl} alt="" />;
}
