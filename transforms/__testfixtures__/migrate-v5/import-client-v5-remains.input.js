import { Auth, API, graphqlOperation, withSSRContext } from 'aws-amplify';
import { listNotes } from '../graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req, modules: [API] });
  const { data } = await SSR.API.graphql(graphqlOperation(listNotes));
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
