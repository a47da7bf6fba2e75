import { withSSRContext } from 'aws-amplify';

/** Amplify bound to the request of a getServerSideProps call. */
export default function getAmplifySSR(context) {
  return withSSRContext(context);
}
