import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  let user = null;
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
}
