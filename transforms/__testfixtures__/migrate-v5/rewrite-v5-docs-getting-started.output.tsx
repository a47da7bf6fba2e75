import { API, Amplify, Auth } from "aws-amplify";
import type { GraphQLQuery } from "aws-amplify/api";
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from "@/utils/amplifyServerUtils";
import { Authenticator } from "@aws-amplify/ui-react";
import awsExports from "../src/aws-exports";
import { createPost } from "@/graphql/mutations";
import { listPosts } from "@/graphql/queries";

Amplify.configure(awsExports, { ssr: true });

export async function getServerSideProps({ req, res }: { req: any; res: any }) {
  try {
    const response = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
          query: listPosts,
          authMode: "apiKey",
        }),
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
