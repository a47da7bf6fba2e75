import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import { withSSRContext } from 'aws-amplify';

type Props = { username: string };

// Signed-out visitors are sent to /sign-in from here: this app has no middleware.
export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch (err) {
    return { redirect: { destination: '/sign-in', permanent: false } };
  }
};

export default function Home({ username }: Props) {
  return (
    <>
      <Head>
        <title>Home</title>
      </Head>
      <main>
        <h1>Hello, {username}</h1>
        <p>
          <a href="/api/todos">Your todos</a>
        </p>
      </main>
    </>
  );
}
