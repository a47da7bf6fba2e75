import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps(context) {
  const { Auth } = withSSRContext(context);
  let user = null;
  try {
    user = await Auth.currentAuthenticatedUser();
  } catch (e) {
    console.log('not signed in');
  }
  return {
    props: {
      username: user ? user.username : null,
      locale: context.locale ?? 'en',
    },
  };
}

export default function Home({ username }) {
  return <p>{username ? `Welcome back, ${username}` : 'Welcome'}</p>;
}
