import { getUrl } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, params, res }) {
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
