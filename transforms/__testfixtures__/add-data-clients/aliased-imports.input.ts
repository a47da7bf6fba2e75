import { createServerRunner } from "@aws-amplify/adapter-nextjs"
import { generateServerClientUsingReqRes as reqResFactory } from "@aws-amplify/adapter-nextjs/api"
import { cookies as requestCookies } from "next/headers"
import config from "../amplify_outputs.json"

export const { runWithAmplifyServerContext } = createServerRunner({ config })
