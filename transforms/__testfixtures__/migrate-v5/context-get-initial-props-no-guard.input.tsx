import type { NextPage } from 'next';
import { withSSRContext } from 'aws-amplify';

type Props = { username: string | null };

const Page: NextPage<Props> = ({ username }) => <p>{username ?? 'anonymous'}</p>;

Page.getInitialProps = async (ctx) => {
  const { Auth } = withSSRContext({ req: ctx.req });
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { username: user ? user.username : null };
};

export default Page;
