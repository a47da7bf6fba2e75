import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listDocs } from '../graphql/queries';

export async function getServerSideProps({ req, res }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: listDocs,
        authMode: 'oidc',
        authToken: req.cookies.oidc_token,
      }),
  });
  return { props: { docs: data.listDocs.items } };
}

export default function Docs({ docs }) {
  return <p>{docs.length}</p>;
}
