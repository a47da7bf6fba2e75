import type { NextServer } from "@aws-amplify/adapter-nextjs"
import { createServerRunner } from "@aws-amplify/adapter-nextjs"
import config from "@/amplify_outputs.json"

const serverRunner = createServerRunner({
    config,
    runtimeOptions: {
        cookies: {
            sameSite: "lax"
        }
    }
})

export const { runWithAmplifyServerContext } = serverRunner

// Typed explicitly: declaration files cannot name the inferred type (TS2742).
type ServerRunner = NextServer.CreateServerRunnerOutput
export const createAuthRouteHandlers: ServerRunner["createAuthRouteHandlers"] =
    serverRunner.createAuthRouteHandlers
