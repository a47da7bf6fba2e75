import { cookiesClient } from '__COOKIES_CLIENT_MODULE__';

// The cookies client reads the request's cookies: never prerender this page at build time.
export const dynamic = 'force-dynamic';

export default async function DataExamplePage() {
  const { data, errors } = await cookiesClient.models.__MODEL__.list();
  return <pre>{JSON.stringify(errors ?? data, null, 2)}</pre>;
}
