// Protected: the middleware sends signed-out users to /sign-in before this renders.
export default function Home() {
  return (
    <main>
      <h1>Home (signed in)</h1>
      <a href="/reports">Reports (Pages Router)</a>
      <a href="/api/auth/sign-out">Sign out</a>
    </main>
  );
}
