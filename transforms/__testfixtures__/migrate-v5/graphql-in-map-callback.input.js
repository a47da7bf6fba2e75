import { withSSRContext } from 'aws-amplify';
import { getAuthor } from '../graphql/queries';

export async function getServerSideProps({ req, query }) {
  const SSR = withSSRContext({ req });
  const ids = String(query.ids || '').split(',').filter(Boolean);
  const authors = await Promise.all(
    ids.map(async (id) => {
      const { data } = await SSR.API.graphql({ query: getAuthor, variables: { id } });
      return data.getAuthor;
    }),
  );
  return { props: { authors } };
}

export default function Authors({ authors }) {
  return <p>{authors.length}</p>;
}
