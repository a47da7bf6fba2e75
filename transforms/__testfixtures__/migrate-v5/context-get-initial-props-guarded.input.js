import App from 'next/app';
import { withSSRContext } from 'aws-amplify';

function MyApp({ Component, pageProps, username }) {
  return <Component {...pageProps} username={username} />;
}

MyApp.getInitialProps = async (appContext) => {
  const appProps = await App.getInitialProps(appContext);
  const { ctx } = appContext;
  let username = null;
  if (typeof window === 'undefined') {
    const SSR = withSSRContext({ req: ctx.req });
    try {
      const user = await SSR.Auth.currentAuthenticatedUser();
      username = user.username;
    } catch (err) {
      username = null;
    }
  }
  return { ...appProps, username };
};

export default MyApp;
