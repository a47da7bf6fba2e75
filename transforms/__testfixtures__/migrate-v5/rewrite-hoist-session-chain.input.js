import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  // One Amplify instance per request (v5).
  const SSR = withSSRContext({ req });

  const res = await fetch(`${process.env.API_URL}/feed`, {
    headers: {
      Authorization: `Bearer ${(await SSR.Auth.currentSession()).getIdToken().getJwtToken()}`,
    },
  });
  return { props: { feed: await res.json() } };
}

export default function Feed({ feed }) {
  return <pre>{JSON.stringify(feed)}</pre>;
}
