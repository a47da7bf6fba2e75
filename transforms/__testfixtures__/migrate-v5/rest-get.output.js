import { get } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  const items = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body } = await get(contextSpec, {
        apiName: 'itemsApi',
        path: '/items',
      }).response;
      return body.json();
    },
  });
  return { props: { items } };
}

export default function Items({ items }) {
  return <p>{items.length}</p>;
}
