import { getProperties } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, params, res }) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const props = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      getProperties(contextSpec, { key: `videos/${params.id}.mp4` }),
  });
  return {
    props: { size: props.size, type: props.contentType, updated: String(props.lastModified) },
  };
}

export default function Video({ size }) {
  return <p>{size} bytes</p>;
}
