import type { GetServerSideProps } from 'next';
import { get } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, query, res }) => {
  const results = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body } = await get(contextSpec, {
        apiName: 'searchApi',
        path: '/search',
        options: { queryParams: { q: String(query.q ?? ''), page: '1' } },
      }).response;
      return body.json();
    },
  });
  return { props: { results } };
};

export default function Search({ results }: { results: unknown[] }) {
  return <p>{results.length}</p>;
}
