import { Amplify, withSSRContext } from 'aws-amplify';
import type { GetServerSidePropsContext, NextApiRequest } from 'next';
import awsExports from '../src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

const PUBLIC_ROUTES = ['/', '/sign-in'];

// The Amplify instance of the page being rendered.
const getAmplifyInstance = (context: GetServerSidePropsContext) => {
  return withSSRContext(context);
};

function serverAuth(req: NextApiRequest) {
  return withSSRContext({ req }).Auth;
}

export { PUBLIC_ROUTES, getAmplifyInstance, serverAuth as getServerAuth };
