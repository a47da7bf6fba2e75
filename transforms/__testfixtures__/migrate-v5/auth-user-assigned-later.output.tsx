import type { GetServerSideProps } from 'next';
import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { id?: string; email?: string; name: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  let user;
  try {
    user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => ({
        ...(await getCurrentUser(contextSpec)),
        attributes: (await fetchUserAttributes(contextSpec)) as Record<string, string>,
      }),
    });
  } catch (err) {
    console.log('not signed in', err);
  }
  if (!user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const owner = user;
  const { attributes } = owner;
  return {
    props: {
      id: owner.attributes.sub,
      email: user.attributes.email,
      name: attributes.name ?? null,
    },
  };
};

export default function Profile({ email }: Props) {
  return <p>{email}</p>;
}
