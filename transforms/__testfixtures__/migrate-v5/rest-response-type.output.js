import { get } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const csv = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body } = await get(contextSpec, {
        apiName: 'reportsApi',
        path: '/export',
      }).response;
      return body.text();
    },
  });
  res.setHeader('Content-Type', 'text/csv');
  res.send(csv);
}
