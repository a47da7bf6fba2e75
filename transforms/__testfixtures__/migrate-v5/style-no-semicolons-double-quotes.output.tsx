import type { GetServerSideProps } from "next"
import { fetchAuthSession } from "aws-amplify/auth/server"
import { runWithAmplifyServerContext } from "@/utils/amplifyServerUtils"

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  try {
    const session = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec)
        if (!session.tokens) throw new Error("No current user")
        return session
      },
    })
    return { props: { token: session.tokens?.idToken?.toString() ?? null } }
  } catch {
    return { props: { token: null } }
  }
}
