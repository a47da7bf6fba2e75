import type { GetServerSideProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listDocs } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listDocs,
        authMode: 'oidc',
        authToken: req.cookies.oidc_token,
      }),
  });
  return { props: { docs: data.listDocs.items } };
};

export default function Docs({ docs }: { docs: unknown[] }) {
  return <p>{docs.length}</p>;
}
