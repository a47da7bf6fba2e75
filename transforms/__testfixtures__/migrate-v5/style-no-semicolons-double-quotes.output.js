import { fetchAuthSession } from "aws-amplify/auth/server"
import {
  reqResBasedClient,
  runWithAmplifyServerContext
} from "@/utils/amplifyServerUtils"
import { getPost } from "../../graphql/queries"

export async function getServerSideProps({ req, params, res }) {
  const data = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const session = await fetchAuthSession(contextSpec).then((session) => {
        if (!session.tokens) throw new Error("No current user")
        return session
      }).catch(() => null)
      const { data } = await reqResBasedClient.graphql(contextSpec, {
        query: getPost,
        variables: { id: params.id },
        authMode: session ? "userPool" : "apiKey"
      })
      return data
    }
  })
  return { props: { post: data.getPost } }
}

export default function Post({ post }) {
  return <h1>{post.title}</h1>
}
