import { withSSRContext } from "aws-amplify"
import { getPost } from "../../graphql/queries"

export async function getServerSideProps({ req, params }) {
  const SSR = withSSRContext({ req })
  const session = await SSR.Auth.currentSession().catch(() => null)
  const { data } = await SSR.API.graphql({
    query: getPost,
    variables: { id: params.id },
    authMode: session ? "AMAZON_COGNITO_USER_POOLS" : "API_KEY"
  })
  return { props: { post: data.getPost } }
}

export default function Post({ post }) {
  return <h1>{post.title}</h1>
}
