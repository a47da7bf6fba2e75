import { withSSRContext } from 'aws-amplify';
import { listPosts } from '../src/graphql/queries';

export async function getStaticProps(context) {
  const SSR = withSSRContext({ context });
  const { data } = await SSR.API.graphql({ query: listPosts });
  return {
    props: { posts: data.listPosts.items },
    revalidate: 60,
  };
}

export default function Blog({ posts }) {
  return posts.map((post) => <article key={post.id}>{post.title}</article>);
}
