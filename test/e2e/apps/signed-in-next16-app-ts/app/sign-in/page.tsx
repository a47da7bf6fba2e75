export default function SignIn() {
  return (
    <main>
      <h1>Sign in</h1>
      <a id="hosted-ui-sign-in" href="/api/auth/sign-in">Sign in with the hosted UI</a>
    </main>
  );
}
