import { Amplify } from 'aws-amplify';
import NextApp, { type AppContext, type AppProps } from 'next/app';
import { ThemeProvider } from 'styled-components';
import outputs from '../amplify_outputs.json';
import { theme } from '../lib/theme';

Amplify.configure(outputs, { ssr: true });

export default function App({ Component, pageProps }: AppProps) {
  return (
    <ThemeProvider theme={theme}>
      <Component {...pageProps} />
    </ThemeProvider>
  );
}

App.getInitialProps = async (appContext: AppContext) => {
  const appProps = await NextApp.getInitialProps(appContext);
  return { ...appProps };
};
