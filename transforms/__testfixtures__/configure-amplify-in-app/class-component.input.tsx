import App from 'next/app';
import Head from 'next/head';
import '../styles/globals.css';

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
