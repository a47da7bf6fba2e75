import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTodos } from '../src/graphql/queries';

export async function getServerSideProps({ req, res }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, { query: listTodos }),
  });
  return { props: { todos: data.listTodos.items } };
}

export default function Todos({ todos }) {
  return <p>{todos.length}</p>;
}
