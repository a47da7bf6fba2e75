"use server"; // server actions

import { cookies } from "next/headers";
import type { GraphQLQuery } from "aws-amplify/api";
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from "@/utils/amplifyServerUtils";
import { createNote } from "@/graphql/mutations";

export async function addNote(formData: FormData) {
  await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: createNote,
        variables: { input: { text: String(formData.get("text")) } },
      }),
  });
}
