import { withSSRContext } from 'aws-amplify';
import { listDocs } from '../graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({
    query: listDocs,
    authMode: 'OPENID_CONNECT',
    authToken: req.cookies.oidc_token,
  });
  return { props: { docs: data.listDocs.items } };
}

export default function Docs({ docs }) {
  return <p>{docs.length}</p>;
}
