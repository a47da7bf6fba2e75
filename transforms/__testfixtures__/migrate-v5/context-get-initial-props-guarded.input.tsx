import type { NextPageContext } from 'next';
import { withSSRContext } from 'aws-amplify';

type Props = { username: string | null };

function Page({ username }: Props) {
  return <p>{username ?? 'anonymous'}</p>;
}

Page.getInitialProps = async (ctx: NextPageContext): Promise<Props> => {
  if (!ctx.req || !ctx.res) return { username: null };
  const SSR = withSSRContext({ req: ctx.req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { username: user.username };
  } catch {
    return { username: null };
  }
};

export default Page;
