import getAmplifySSR from '../lib/getAmplifySSR';

export async function getServerSideProps(context) {
  const SSR = getAmplifySSR(context);
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { signedIn: true, username: user.username } };
  } catch (err) {
    return { props: { signedIn: false } };
  }
}

export default function Home({ signedIn, username }) {
  return <main>{signedIn ? <p>Hi {username}</p> : <a href="/login">Log in</a>}</main>;
}
