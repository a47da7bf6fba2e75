// Protected: the middleware sends signed-out users to /sign-in before this renders.
export default function About() {
  return (
    <main>
      <h1>About (signed in)</h1>
    </main>
  );
}
