import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async (ctx) => {
  const { Auth } = withSSRContext(ctx.req);
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { props: { signedIn: !!user } };
};

export default function Page({ signedIn }: { signedIn: boolean }) {
  return <span>{signedIn ? 'in' : 'out'}</span>;
}
