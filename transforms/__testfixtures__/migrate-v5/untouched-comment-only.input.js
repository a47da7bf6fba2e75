// Migrated from withSSRContext (aws-amplify v5) last year.
/* import { withSSRContext } from 'aws-amplify'; */
export async function getServerSideProps() {
  return { props: {} };
}

export default function Page() {
  return null;
}
