import type { GetServerSideProps } from 'next';

// A Pages Router page in the same app, protected by the same middleware.
export const getServerSideProps: GetServerSideProps<{ renderedAt: string }> = async () => ({
  props: { renderedAt: new Date().toISOString() },
});

export default function Reports({ renderedAt }: { renderedAt: string }) {
  return (
    <main>
      <h1>Reports (signed in)</h1>
      <p>Rendered at {renderedAt}</p>
    </main>
  );
}
