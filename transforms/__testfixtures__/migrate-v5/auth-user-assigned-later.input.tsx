import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

type Props = { id?: string; email?: string; name: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  let user;
  try {
    user = await Auth.currentAuthenticatedUser();
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
