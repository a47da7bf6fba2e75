import { getProperties } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, params, res }) {
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
