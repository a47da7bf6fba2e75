export default function Home() {
  return (
    <main>
      <h1>Welcome back</h1>
      <p>Only signed-in users see this page.</p>
    </main>
  );
}
