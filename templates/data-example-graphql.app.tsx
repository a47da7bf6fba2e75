import type { GraphQLQuery } from 'aws-amplify/api';
import { cookiesClient } from '__COOKIES_CLIENT_MODULE__';
import { __QUERY__ } from '__QUERIES__';

// The cookies client reads the request's cookies: never prerender this page at build time.
export const dynamic = 'force-dynamic';

export default async function DataExamplePage() {
  const { data, errors } = await cookiesClient.graphql<GraphQLQuery<unknown>>({ query: __QUERY__ });
  return <pre>{JSON.stringify(errors ?? data, null, 2)}</pre>;
}
