const express = require('express');
const { withSSRContext } = require('aws-amplify');

const app = express();

app.get('/me', async (req, res) => {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    res.json({ username: user.username });
  } catch {
    res.status(401).end();
  }
});

module.exports = app;
