const { fetchAuthSession } = require('aws-amplify/auth/server');
const { runWithAmplifyServerContext } = require('@/utils/amplifyServerUtils');

module.exports = async (request, response) => {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request, response },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  response.json({ token: session.tokens?.idToken?.toString() });
};
