import type { GetServerSideProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listNotes } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listNotes,
      }),
  });
  return { props: { notes: data.listNotes.items } };
};

export default function Notes({ notes }: { notes: { id: string; text: string }[] }) {
  return notes.map((n) => <p key={n.id}>{n.text}</p>);
}
