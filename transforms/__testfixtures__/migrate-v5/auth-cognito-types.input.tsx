import type { GetServerSideProps } from 'next';
import { CognitoUser } from '@aws-amplify/auth';
import { withSSRContext } from 'aws-amplify';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user: CognitoUser = await Auth.currentAuthenticatedUser();
  return { props: { username: user.getUsername() } };
};

export default function Page({ username }: Props) {
  return <p>{username}</p>;
}
