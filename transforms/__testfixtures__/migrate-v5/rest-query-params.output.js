import { get } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, query, res }) {
  const apiName = 'searchApi';
  const path = '/search';
  const myInit = {
    headers: { Accept: 'application/json' },
    queryParams: { q: query.q || '' },
  };
  const results = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body } = await get(contextSpec, {
        apiName,
        path,
        options: myInit,
      }).response;
      return body.json();
    },
  });
  return { props: { results } };
}

export default function Search({ results }) {
  return <p>{results.length}</p>;
}
