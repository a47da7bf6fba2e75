import App from 'next/app';
import Head from 'next/head';
import '../styles/globals.css';
import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';

Amplify.configure(outputs, { ssr: true });

class MyApp extends App {
  render() {
    const { Component, pageProps } = this.props;
    return (
      <>
        <Head>
          <title>Acme</title>
        </Head>
        <Component {...pageProps} />
      </>
    );
  }
}

export default MyApp;
