import { fetchAuthSession } from "aws-amplify/auth/server";
import { runWithAmplifyServerContext } from "@/utils/amplifyServerUtils";
import type { GetServerSidePropsContext } from "next";
import { Routes } from "./routes";

type AuthState =
  | { isAuthenticated: true; token: string | undefined }
  | {
      isAuthenticated: false;
      redirect: {
        destination: string;
        permanent: boolean;
      };
    };

export async function getAuth(
  context: GetServerSidePropsContext
): Promise<AuthState> {
  try {
    const session = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error("The user is not authenticated");
        return session;
      },
    });
    const token = session.tokens?.accessToken.toString();
    return { token: token, isAuthenticated: true };
  } catch (error) {
    return {
      isAuthenticated: false,
      redirect: { destination: Routes.Login, permanent: false },
    };
  }
}
