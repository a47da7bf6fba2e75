import { withSSRContext } from 'aws-amplify';

export const getServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  const res = await fetch(`https://api.example.com/profiles/${user.username}`);
  const profile = await res.json();
  return { props: { profile } };
};

export default function Page({ profile }) {
  return <pre>{JSON.stringify(profile, null, 2)}</pre>;
}
