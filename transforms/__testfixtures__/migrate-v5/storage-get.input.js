import { Storage, withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, params }) {
  const SSR = withSSRContext({ req, modules: [Storage] });
  const imageUrl = await SSR.Storage.get(`photos/${params.id}.jpg`, {
    level: 'protected',
    identityId: params.owner,
    expires: 3600,
    validateObjectExistence: true,
  });
  const publicUrl = await SSR.Storage.get('banner.png');
  return { props: { imageUrl, publicUrl } };
}

export default function Photo({ imageUrl }) {
  return <img src={imageUrl} alt="" />;
}
