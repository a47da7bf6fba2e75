// Protected: the middleware sends signed-out users to /sign-in before this renders.
export default function Shop() {
  return (
    <main>
      <h1>Shop (signed in)</h1>
      <a href="/api/auth/sign-out">Sign out</a>
    </main>
  );
}
