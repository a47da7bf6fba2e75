import { withSSRContext } from 'aws-amplify';
import { reqResBasedClient } from '@/utils/amplifyServerUtils';
import { listTodos } from '@/graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query: listTodos });
  return { props: { todos: data.listTodos.items, client: typeof reqResBasedClient } };
}
