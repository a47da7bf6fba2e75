import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listItems } from '@/graphql/queries';

export async function getServerSideProps({ req }: GetServerSidePropsContext) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  if (!user) return { notFound: true as const };
  const { data } = await SSR.API.graphql({ query: listItems, variables: { owner: user.username } });
  return { props: { items: data.listItems.items } };
}

export function getServerSidePropsThen({ req }: GetServerSidePropsContext) {
  const { Auth } = withSSRContext({ req });
  return Auth.currentAuthenticatedUser()
    .then((user: { username: string }) => ({ props: { username: user.username } }))
    .catch(() => ({ redirect: { destination: '/login', permanent: false } }));
}

export const handler2 = async ({ req }: GetServerSidePropsContext) => {
  const SSR = withSSRContext({ req });
  let owner: string | null = null;
  try {
    owner = (await SSR.Auth.currentAuthenticatedUser()).username;
    const { data } = await SSR.API.graphql({ query: listItems, variables: { owner } });
    return { props: { items: data.listItems.items } };
  } catch (e) {
    return { props: { items: [], owner } };
  }
};
