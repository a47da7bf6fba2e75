import { createServerRunner } from "@aws-amplify/adapter-nextjs"
import { generateServerClientUsingReqRes as reqResFactory } from "@aws-amplify/adapter-nextjs/api"
import { cookies as requestCookies } from "next/headers"
import config from "../amplify_outputs.json"
import { generateServerClientUsingCookies } from "@aws-amplify/adapter-nextjs/data"

export const { runWithAmplifyServerContext } = createServerRunner({ config })

export const cookiesClient = generateServerClientUsingCookies({
  config,
  cookies: requestCookies,
})

export const reqResBasedClient = reqResFactory({ config })
