import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
	const { Auth } = withSSRContext({ req });
	const user = await Auth.currentAuthenticatedUser();
	return { props: { email: user.attributes.email ?? null } };
};

export default function Page({ email }: { email: string | null }) {
	return <p>{email}</p>;
}
