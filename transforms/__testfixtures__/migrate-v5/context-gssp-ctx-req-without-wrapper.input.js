import { withSSRContext } from 'aws-amplify';

export const getServerSideProps = async (ctx) => {
  const { Auth } = withSSRContext(ctx.req);
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { props: { signedIn: !!user } };
};

export default function Page({ signedIn }) {
  return <span>{signedIn ? 'in' : 'out'}</span>;
}
