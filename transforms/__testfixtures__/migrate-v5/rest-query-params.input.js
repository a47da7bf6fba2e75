import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, query }) {
  const SSR = withSSRContext({ req });
  const apiName = 'searchApi';
  const path = '/search';
  const myInit = {
    headers: { Accept: 'application/json' },
    queryStringParameters: { q: query.q || '' },
  };
  const results = await SSR.API.get(apiName, path, myInit);
  return { props: { results } };
}

export default function Search({ results }) {
  return <p>{results.length}</p>;
}
