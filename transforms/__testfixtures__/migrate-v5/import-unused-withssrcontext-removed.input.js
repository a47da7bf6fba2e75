import { Amplify, withSSRContext } from 'aws-amplify';
import awsExports from '../src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export async function getStaticProps() {
  // const SSR = withSSRContext();
  // const posts = await SSR.API.graphql({ query: listPosts });
  return { props: { posts: [] }, revalidate: 60 };
}

export default function Home({ posts }) {
  return <ul>{posts.map((p) => <li key={p.id}>{p.title}</li>)}</ul>;
}
