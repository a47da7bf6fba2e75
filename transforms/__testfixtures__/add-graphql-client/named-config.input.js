import { createServerRunner } from "@aws-amplify/adapter-nextjs"
import { generateServerClientUsingReqRes } from "@aws-amplify/adapter-nextjs/api"
import outputs from "../amplify_outputs.json"

export const { runWithAmplifyServerContext } = createServerRunner({ config: outputs })
