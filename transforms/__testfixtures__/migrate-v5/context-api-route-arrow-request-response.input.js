const { withSSRContext } = require('aws-amplify');

module.exports = async (request, response) => {
  const SSR = withSSRContext({ req: request });
  const session = await SSR.Auth.currentSession();
  response.json({ token: session.getIdToken().getJwtToken() });
};
