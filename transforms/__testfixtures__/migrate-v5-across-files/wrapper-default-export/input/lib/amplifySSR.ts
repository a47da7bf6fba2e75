import { withSSRContext } from 'aws-amplify';
import type { NextApiRequest } from 'next';

const amplifySSR = (req: NextApiRequest) => withSSRContext({ req });

export default amplifySSR;
