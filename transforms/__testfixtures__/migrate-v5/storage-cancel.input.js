import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const upload = SSR.Storage.put('big.bin', req.body);
  setTimeout(() => SSR.Storage.cancel(upload), 30000);
  try {
    await upload;
    res.status(201).end();
  } catch (error) {
    res.status(SSR.Storage.isCancelError(error) ? 408 : 500).end();
  }
}
