import { withSSRContext } from 'aws-amplify';
import { GRAPHQL_AUTH_MODE } from '@aws-amplify/api';
import { listEvents } from '../graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({
    query: listEvents,
    authMode: GRAPHQL_AUTH_MODE.API_KEY,
  });
  return { props: { events: data.listEvents.items } };
}

export default function Events({ events }) {
  return <p>{events.length} events</p>;
}
