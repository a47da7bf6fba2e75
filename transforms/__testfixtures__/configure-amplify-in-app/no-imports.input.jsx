// Custom App: see https://nextjs.org/docs/pages/building-your-application/routing/custom-app

export default function App({ Component, pageProps }) {
  return <Component {...pageProps} />;
}
