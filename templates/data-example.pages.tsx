import type { GetServerSideProps } from 'next';
import { reqResBasedClient, runWithAmplifyServerContext } from '__SERVER_UTILS__';

interface DataExampleProps {
  json: string;
}

export const getServerSideProps: GetServerSideProps<DataExampleProps> = async ({ req, res }) => {
  const { data, errors } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => reqResBasedClient.models.__MODEL__.list(contextSpec),
  });
  return { props: { json: JSON.stringify(errors ?? data, null, 2) } };
};

export default function DataExamplePage({ json }: DataExampleProps) {
  return <pre>{json}</pre>;
}
