import type { GetServerSideProps } from "next"
import { withSSRContext } from "aws-amplify"

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req })
  try {
    const session = await SSR.Auth.currentSession()
    return { props: { token: session.getIdToken().getJwtToken() ?? null } }
  } catch {
    return { props: { token: null } }
  }
}
