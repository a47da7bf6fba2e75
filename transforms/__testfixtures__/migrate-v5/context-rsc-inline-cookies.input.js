import { cookies } from 'next/headers';
import { withSSRContext } from 'aws-amplify';
import { listNotes } from '@/graphql/queries';

export default async function NotesLayout({ children }) {
  const SSR = withSSRContext({ req: { headers: { cookie: cookies().toString() } } });
  const { data } = await SSR.API.graphql({ query: listNotes });
  return (
    <section>
      <aside>{data.listNotes.items.length} notes</aside>
      {children}
    </section>
  );
}
