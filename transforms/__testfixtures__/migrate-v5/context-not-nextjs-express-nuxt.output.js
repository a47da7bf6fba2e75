const express = require('express');
const { withSSRContext } = require('aws-amplify');

const app = express();

app.get('/me', async (req, res) => {
  // TODO(amplify-next): non-nextjs: not a Next.js server function. See https://docs.amplify.aws/gen1/javascript/build-a-backend/server-side-rendering/
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    res.json({ username: user.username });
  } catch {
    res.status(401).end();
  }
});

module.exports = app;
