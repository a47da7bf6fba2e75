import { withSSRContext } from 'aws-amplify';
import { listTodos } from '../src/graphql/queries';

export async function getServerSideProps({ req }) {
  const { API } = withSSRContext({ req });
  const { data } = await API.graphql({ query: listTodos });
  return { props: { todos: data.listTodos.items } };
}

export default function Todos({ todos }) {
  return <p>{todos.length}</p>;
}
