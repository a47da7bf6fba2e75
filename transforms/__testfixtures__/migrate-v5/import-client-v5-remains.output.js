import { Auth } from 'aws-amplify';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listNotes } from '../graphql/queries';

export async function getServerSideProps({ req, res }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, { query: listNotes }),
  });
  return { props: { notes: data.listNotes.items } };
}

export default function Notes({ notes }) {
  return (
    <div>
      <button onClick={() => Auth.signOut()}>Sign out</button>
      {notes.map((n) => (
        <p key={n.id}>{n.text}</p>
      ))}
    </div>
  );
}
