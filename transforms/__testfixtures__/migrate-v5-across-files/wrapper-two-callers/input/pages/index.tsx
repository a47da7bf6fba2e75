import type { GetServerSidePropsContext } from 'next';
import { ssrContext } from '../lib/ssr';

export async function getServerSideProps(context: GetServerSidePropsContext) {
  const { Auth } = ssrContext(context);
  let signedIn = true;
  try {
    await Auth.currentAuthenticatedUser();
  } catch {
    signedIn = false;
  }
  return { props: { signedIn } };
}

export default function Home({ signedIn }: { signedIn: boolean }) {
  return <p>{signedIn ? 'Welcome back' : 'Hello'}</p>;
}
