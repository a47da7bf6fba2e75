import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, query }) {
  const SSR = withSSRContext({ req });
  const page = await SSR.Storage.list('uploads/', {
    level: 'private',
    pageSize: 25,
    nextToken: query.token,
  });
  return {
    props: {
      files: page.results.map((f) => ({ key: f.key, size: f.size })),
      nextToken: page.nextToken ?? null,
      more: page.hasNextToken,
    },
  };
}

export default function Files({ files }) {
  return <p>{files.length}</p>;
}
