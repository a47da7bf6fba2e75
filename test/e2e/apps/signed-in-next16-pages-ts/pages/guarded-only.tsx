// Protected by the middleware and nothing else: no server code of its own reads the session.
export default function GuardedOnly() {
  return (
    <main>
      <h1>Guarded only</h1>
    </main>
  );
}
