import { getUrl } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, params, res }) {
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
