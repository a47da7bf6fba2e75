import { getSSR } from '../lib/amplify-ssr';
import { Note } from '../models';

export async function getServerSideProps(context) {
  const SSR = getSSR(context);
  const notes = await SSR.DataStore.query(Note);
  return { props: { titles: notes.map((note) => note.title) } };
}

export default function Notes({ titles }) {
  return (
    <ul>
      {titles.map((title) => (
        <li key={title}>{title}</li>
      ))}
    </ul>
  );
}
