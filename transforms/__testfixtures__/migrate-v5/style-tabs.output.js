import { getCurrentUser } from 'aws-amplify/auth/server';
import {
	reqResBasedClient,
	runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTodos } from '../graphql/queries';

export async function getServerSideProps({ req, res }) {
	try {
		const data = await runWithAmplifyServerContext({
			nextServerContext: { request: req, response: res },
			operation: async (contextSpec) => {
				const user = await getCurrentUser(contextSpec);
				const { data } = await reqResBasedClient.graphql(contextSpec, {
					query: listTodos,
					variables: { owner: user.username },
				});
				return data;
			},
		});
		return { props: { todos: data.listTodos.items } };
	} catch (err) {
		return { props: { todos: [] } };
	}
}

export default function Todos({ todos }) {
	return <p>{todos.length}</p>;
}
