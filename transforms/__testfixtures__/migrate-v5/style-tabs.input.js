import { withSSRContext } from 'aws-amplify';
import { listTodos } from '../graphql/queries';

export async function getServerSideProps({ req }) {
	const SSR = withSSRContext({ req });
	try {
		const user = await SSR.Auth.currentAuthenticatedUser();
		const { data } = await SSR.API.graphql({
			query: listTodos,
			variables: { owner: user.username },
		});
		return { props: { todos: data.listTodos.items } };
	} catch (err) {
		return { props: { todos: [] } };
	}
}

export default function Todos({ todos }) {
	return <p>{todos.length}</p>;
}
