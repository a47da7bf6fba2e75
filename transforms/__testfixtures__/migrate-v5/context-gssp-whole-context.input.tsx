import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async (context) => {
  const SSR = withSSRContext({ req: context.req as any });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { username: user.username as string } };
  } catch (e) {
    return { notFound: true };
  }
};

export default function Home({ username }: { username: string }) {
  return <p>Welcome back, {username}</p>;
}
