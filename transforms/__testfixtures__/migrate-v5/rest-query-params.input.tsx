import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req, query }) => {
  const SSR = withSSRContext({ req });
  const results = await SSR.API.get('searchApi', '/search', {
    queryStringParameters: { q: String(query.q ?? ''), page: '1' },
  });
  return { props: { results } };
};

export default function Search({ results }: { results: unknown[] }) {
  return <p>{results.length}</p>;
}
