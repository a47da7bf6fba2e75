'use client';

import { useEffect, useState } from 'react';
import { Amplify } from 'aws-amplify';
import { fetchAuthSession } from 'aws-amplify/auth';

// Shows whether Amplify was configured in the browser (by the root layout) and whether there is a session.
export default function AmplifyStatus() {
  const [status, setStatus] = useState('checking');

  useEffect(() => {
    const userPoolId = Amplify.getConfig().Auth?.Cognito?.userPoolId;
    if (!userPoolId) {
      setStatus('Amplify is not configured');
      return;
    }
    fetchAuthSession()
      .then((session) => setStatus(`configured: ${userPoolId}; ${session.tokens ? 'signed in' : 'signed out'}`))
      .catch((error: Error) => setStatus(`configured: ${userPoolId}; session error: ${error.name}`));
  }, []);

  return <p data-testid="amplify-status">{status}</p>;
}
