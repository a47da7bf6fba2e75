import Head from 'next/head';

export default function SignIn() {
  return (
    <>
      <Head>
        <title>Sign in</title>
      </Head>
      <main>
        <h1>Sign in</h1>
        <p>Sign in to see your todos.</p>
      </main>
    </>
  );
}
