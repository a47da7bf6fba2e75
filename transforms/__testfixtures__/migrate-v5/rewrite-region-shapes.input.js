import { withSSRContext } from 'aws-amplify';
import { listItems } from '../graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  if (!user) return { notFound: true };
  const { data } = await SSR.API.graphql({ query: listItems, variables: { owner: user.username } });
  return { props: { items: data.listItems.items } };
}

export function getServerSidePropsThen({ req }) {
  const { Auth } = withSSRContext({ req });
  return Auth.currentAuthenticatedUser()
    .then((user) => ({ props: { username: user.username, email: user.attributes.email } }))
    .catch(() => ({ redirect: { destination: '/login', permanent: false } }));
}

export const handler2 = async ({ req }) => {
  const SSR = withSSRContext({ req });
  let user = null;
  try {
    user = await SSR.Auth.currentAuthenticatedUser();
    const { data } = await SSR.API.graphql({ query: listItems, variables: { owner: user.username } });
    return { props: { items: data.listItems.items } };
  } catch (e) {
    return { props: { items: [] } };
  }
};
