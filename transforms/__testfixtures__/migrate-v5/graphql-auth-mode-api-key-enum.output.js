import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listEvents } from '../graphql/queries';

export async function getServerSideProps({ req, res }) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: listEvents,
        authMode: 'apiKey',
      }),
  });
  return { props: { events: data.listEvents.items } };
}

export default function Events({ events }) {
  return <p>{events.length} events</p>;
}
