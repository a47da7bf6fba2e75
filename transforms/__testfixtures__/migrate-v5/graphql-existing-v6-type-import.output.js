import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTodos } from '@/graphql/queries';

export async function getServerSideProps({ req, res }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, { query: listTodos }),
  });
  return { props: { todos: data.listTodos.items, client: typeof reqResBasedClient } };
}
