import type { GetServerSideProps } from 'next';
import { API, withSSRContext } from 'aws-amplify';
import type { APIClass } from '@aws-amplify/api';
import { listTodos } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const { data } = await (SSR.API as typeof API).graphql({ query: listTodos });
  const { API: typedApi }: { API: APIClass } = withSSRContext({ req });
  const again = await typedApi.graphql({ query: listTodos });
  return { props: { todos: data.listTodos.items, count: again.data.listTodos.items.length } };
};

export default function Todos({ todos }: { todos: { id: string }[] }) {
  return <p>{todos.length}</p>;
}
