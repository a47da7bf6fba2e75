import { withSSRContext as getAmplify } from 'aws-amplify';

export const getServerSideProps = async ({ req }) => {
  const amplify = getAmplify({ req });
  const session = await amplify.Auth.currentSession();
  return {
    props: {
      groups: session.getAccessToken().payload['cognito:groups'] ?? [],
    },
  };
};

export default function Admin({ groups }) {
  return <p>{groups.join(', ')}</p>;
}
