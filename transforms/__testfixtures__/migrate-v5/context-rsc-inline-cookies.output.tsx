import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listNotes } from '@/graphql/queries';

export default async function NotesLayout({ children }: { children: ReactNode }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listNotes,
      }),
  });
  return (
    <section>
      <aside>{data.listNotes.items.length} notes</aside>
      {children}
    </section>
  );
}
