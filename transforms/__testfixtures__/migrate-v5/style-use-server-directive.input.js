'use server';

import { headers } from 'next/headers';
import { withSSRContext } from 'aws-amplify';
import { createNote } from '../graphql/mutations';

export async function addNote(formData) {
  const req = { headers: { cookie: headers().get('cookie') } };
  const SSR = withSSRContext({ req });
  await SSR.API.graphql({
    query: createNote,
    variables: { input: { text: formData.get('text') } },
  });
}
