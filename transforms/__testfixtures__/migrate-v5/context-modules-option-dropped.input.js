import { Auth, Storage, withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, params }) {
  const SSR = withSSRContext({ req, modules: [Auth, Storage] });
  const url = await SSR.Storage.get(`avatars/${params.id}.png`, { level: 'protected' });
  return { props: { url } };
}

export default function Avatar({ url }) {
  return <img src={url} alt="" />;
}
