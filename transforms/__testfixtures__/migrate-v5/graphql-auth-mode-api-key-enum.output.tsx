import type { GetServerSideProps } from 'next';
import type { GraphQLQuery, GraphQLResult } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listEvents } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const result = (await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listEvents,
        authMode: 'apiKey',
      }),
  })) as GraphQLResult<{ listEvents: { items: unknown[] } }>;
  return { props: { events: result.data?.listEvents.items ?? [] } };
};

export default function Events({ events }: { events: unknown[] }) {
  return <p>{events.length} events</p>;
}
