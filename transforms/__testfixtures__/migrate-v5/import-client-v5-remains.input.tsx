import type { GetServerSideProps } from 'next';
import { API, Auth, DataStore, Storage, graphqlOperation, withSSRContext } from 'aws-amplify';
import { listNotes } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req, modules: [API, Auth, DataStore, Storage] });
  const { data } = await SSR.API.graphql(graphqlOperation(listNotes));
  return { props: { notes: data.listNotes.items } };
};

export default function Notes({ notes }: { notes: { id: string; text: string }[] }) {
  return notes.map((n) => <p key={n.id}>{n.text}</p>);
}
