import type { GetServerSideProps } from 'next';
import { Storage, withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req, params }) => {
  const SSR = withSSRContext({ req, modules: [Storage] });
  const key = `invoices/${String(params?.id)}.pdf`;
  const url = await SSR.Storage.get(key, { level: 'private', expires: 60, track: true });
  return { props: { url } };
};

export default function Invoice({ url }: { url: string }) {
  return <a href={url}>Download</a>;
}
