import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, params }) {
  const SSR = withSSRContext({ req });
  const props = await SSR.Storage.getProperties(`videos/${params.id}.mp4`);
  return {
    props: { size: props.contentLength, type: props.contentType, updated: String(props.lastModified) },
  };
}

export default function Video({ size }) {
  return <p>{size} bytes</p>;
}
