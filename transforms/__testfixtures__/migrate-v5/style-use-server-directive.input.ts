"use server"; // server actions

import { cookies } from "next/headers";
import { withSSRContext } from "aws-amplify";
import { createNote } from "@/graphql/mutations";

export async function addNote(formData: FormData) {
  const SSR = withSSRContext({ req: { headers: { cookie: cookies().toString() } } });
  await SSR.API.graphql({
    query: createNote,
    variables: { input: { text: String(formData.get("text")) } },
  });
}
