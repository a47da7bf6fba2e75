import App from 'next/app';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

function MyApp({ Component, pageProps, username }) {
  return <Component {...pageProps} username={username} />;
}

MyApp.getInitialProps = async (appContext) => {
  const appProps = await App.getInitialProps(appContext);
  const { ctx } = appContext;
  let username = null;
  if (typeof window === 'undefined') {
    try {
      const user = await runWithAmplifyServerContext({
        nextServerContext: { request: ctx.req, response: ctx.res },
        operation: (contextSpec) => getCurrentUser(contextSpec),
      });
      username = user.username;
    } catch (err) {
      username = null;
    }
  }
  return { ...appProps, username };
};

export default MyApp;
