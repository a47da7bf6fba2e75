import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { getAuthor } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, query }) => {
  const SSR = withSSRContext({ req });
  const ids = String(query.ids || '').split(',').filter(Boolean);
  const authors: unknown[] = [];
  for (const id of ids) {
    const { data } = await SSR.API.graphql({ query: getAuthor, variables: { id } });
    authors.push(data.getAuthor);
  }
  return { props: { authors } };
};

export default function Authors({ authors }: { authors: unknown[] }) {
  return <p>{authors.length}</p>;
}
