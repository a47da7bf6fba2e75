import type { GetServerSideProps } from 'next';
import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
	const user = await runWithAmplifyServerContext({
		nextServerContext: { request: req, response: res },
		operation: async (contextSpec) => ({
			...(await getCurrentUser(contextSpec)),
			attributes: (await fetchUserAttributes(contextSpec)) as Record<string, string>,
		}),
	});
	return { props: { email: user.attributes.email ?? null } };
};

export default function Page({ email }: { email: string | null }) {
	return <p>{email}</p>;
}
