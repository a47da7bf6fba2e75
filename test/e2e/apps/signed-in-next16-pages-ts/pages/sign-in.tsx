import Head from 'next/head';

export default function SignIn() {
  return (
    <>
      <Head>
        <title>Sign in</title>
      </Head>
      <main>
        <h1>Sign in</h1>
        <a id="hosted-ui-sign-in" href="/api/auth/sign-in">Sign in with the hosted UI</a>
      </main>
    </>
  );
}
