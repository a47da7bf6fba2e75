import type { GetServerSideProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import { reqResBasedClient, runWithAmplifyServerContext } from '__SERVER_UTILS__';
import { __QUERY__ } from '__QUERIES__';

interface DataExampleProps {
  json: string;
}

export const getServerSideProps: GetServerSideProps<DataExampleProps> = async ({ req, res }) => {
  const { data, errors } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => reqResBasedClient.graphql<GraphQLQuery<unknown>>(contextSpec, { query: __QUERY__ }),
  });
  return { props: { json: JSON.stringify(errors ?? data, null, 2) } };
};

export default function DataExamplePage({ json }: DataExampleProps) {
  return <pre>{json}</pre>;
}
