import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { GRAPHQL_AUTH_MODE, GraphQLResult } from '@aws-amplify/api';
import { listEvents } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const result = (await SSR.API.graphql({
    query: listEvents,
    authMode: GRAPHQL_AUTH_MODE.API_KEY,
  })) as GraphQLResult<{ listEvents: { items: unknown[] } }>;
  return { props: { events: result.data?.listEvents.items ?? [] } };
};

export default function Events({ events }: { events: unknown[] }) {
  return <p>{events.length} events</p>;
}
