import type {NextApiRequest, NextApiResponse} from 'next'
import {withSSRContext} from 'aws-amplify'
import {listDevices} from '../../graphql/queries'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({req});
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    const {data} = await SSR.API.graphql({query: listDevices, variables: {owner: user.username}});
    res.status(200).json(data.listDevices.items);
  } catch (error) {
    res.status(401).json({error: 'Unauthorized'});
  }
}
