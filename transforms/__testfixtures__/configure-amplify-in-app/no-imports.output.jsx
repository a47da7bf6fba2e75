// Custom App: see https://nextjs.org/docs/pages/building-your-application/routing/custom-app

import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';

Amplify.configure(outputs, { ssr: true });

export default function App({ Component, pageProps }) {
  return <Component {...pageProps} />;
}
