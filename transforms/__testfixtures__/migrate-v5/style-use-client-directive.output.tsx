'use client'
import type { GetServerSideProps } from 'next'
import { getCurrentUser } from 'aws-amplify/auth/server'
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils'

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  })
  return { props: { username: user.username } }
}

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>
}
