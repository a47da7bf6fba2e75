import { API, Amplify, Auth, withSSRContext } from "aws-amplify";
import { Authenticator } from "@aws-amplify/ui-react";
import awsExports from "../src/aws-exports";
import { createPost } from "@/graphql/mutations";
import { listPosts } from "@/graphql/queries";

Amplify.configure({ ...awsExports, ssr: true });

export async function getServerSideProps({ req }: { req: any }) {
  const SSR = withSSRContext({ req });

  try {
    const response = await SSR.API.graphql({
      query: listPosts,
      authMode: "API_KEY",
    });
    return {
      props: {
        posts: response.data.listPosts.items,
      },
    };
  } catch (err) {
    console.log(err);
    return {
      props: {},
    };
  }
}

async function handleCreatePost(title: string) {
  await API.graphql({ authMode: "AMAZON_COGNITO_USER_POOLS", query: createPost, variables: { input: { title } } });
}

export default function Home({ posts = [] }: { posts: { id: string }[] }) {
  return (
    <Authenticator>
      <button onClick={() => handleCreatePost("x")}>{posts.length}</button>
      <button onClick={() => Auth.signOut()}>Sign out</button>
    </Authenticator>
  );
}
