import { cookies } from 'next/headers';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listNotes } from '@/graphql/queries';

export default async function NotesLayout({ children }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, { query: listNotes }),
  });
  return (
    <section>
      <aside>{data.listNotes.items.length} notes</aside>
      {children}
    </section>
  );
}
