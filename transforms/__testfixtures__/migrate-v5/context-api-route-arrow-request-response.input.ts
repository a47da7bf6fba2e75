import type { NextApiHandler } from 'next';
import { withSSRContext } from 'aws-amplify';

const handler: NextApiHandler = async (request, response) => {
  const SSR = withSSRContext({ req: request });
  const session = await SSR.Auth.currentSession();
  response.json({ token: session.getIdToken().getJwtToken() });
};

export default handler;
