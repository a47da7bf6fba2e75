import { getSSR } from './amplify-ssr';

/** Wraps getServerSideProps: pages that need a signed-in user. */
export function requireUser(gssp, amplifyFor = getSSR) {
  return async (context) => {
    const { Auth } = amplifyFor(context);
    await Auth.currentAuthenticatedUser();
    return gssp(context);
  };
}
