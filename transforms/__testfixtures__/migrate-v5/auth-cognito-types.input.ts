import type { GetServerSideProps } from 'next';
import type { CognitoUser, CognitoUserSession } from 'amazon-cognito-identity-js';
import { withSSRContext } from 'aws-amplify';

type Props = { user: CognitoUser | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  try {
    const user: CognitoUser = await Auth.currentAuthenticatedUser();
    const session: CognitoUserSession = await Auth.currentSession();
    console.log(session.getIdToken().payload.sub);
    return { props: { user } };
  } catch {
    return { props: { user: null } };
  }
};
