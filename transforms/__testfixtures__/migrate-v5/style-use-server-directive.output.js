'use server';

import { cookies } from 'next/headers';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { createNote } from '../graphql/mutations';

export async function addNote(formData) {
  await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: createNote,
        variables: { input: { text: formData.get('text') } },
      }),
  });
}
