import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getStaticProps({ req }: { req?: unknown }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: null,
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { props: { signedIn: Boolean(user) }, revalidate: 10 };
}
