import type { GetServerSideProps } from 'next';
import { get } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
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
};

export default function Items({ items }: { items: unknown[] }) {
  return <p>{items.length}</p>;
}
