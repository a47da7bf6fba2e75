import { withSSRContext } from 'aws-amplify';
import type { NextApiRequest } from 'next';

export const serverAuth = (req: NextApiRequest) => withSSRContext({ req }).Auth;
