// pages/index.js
import { Amplify, API, Auth } from 'aws-amplify';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import Head from 'next/head';
import { Authenticator } from '@aws-amplify/ui-react';
import { createPost } from '../src/graphql/mutations';
import { listPosts } from '../src/graphql/queries';
import styles from '../styles/Home.module.css';
import awsExports from '../src/aws-exports';

Amplify.configure(awsExports, { ssr: true });

export async function getServerSideProps({ req, res }) {
  try {
    const response = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        reqResBasedClient.graphql(contextSpec, {
          query: listPosts,
          authMode: 'apiKey',
        }),
    });
    return {
      props: {
        posts: response.data.listPosts.items,
      },
    };
  } catch (err) {
    console.log(err);
    return {
      props: {},
    };
  }
}

async function handleCreatePost(event) {
  event.preventDefault();

  const form = new FormData(event.target);

  try {
    const { data } = await API.graphql({
      authMode: 'AMAZON_COGNITO_USER_POOLS',
      query: createPost,
      variables: {
        input: {
          title: form.get('title'),
          content: form.get('content'),
        },
      },
    });

    window.location.href = `/posts/${data.createPost.id}`;
  } catch ({ errors }) {
    console.error(...errors);
    throw new Error(errors[0].message);
  }
}

export default function Home({ posts = [] }) {
  return (
    <div className={styles.container}>
      <Head>
        <title>Amplify + Next.js</title>
      </Head>
      <main className={styles.main}>
        <h1 className={styles.title}>Amplify + Next.js</h1>
        <p className={styles.description}>
          <code className={styles.code}>{posts.length}</code>
          posts
        </p>
        <Authenticator>
          <form onSubmit={handleCreatePost}>
            <input defaultValue={`Today, ${new Date().toLocaleTimeString()}`} name="title" />
            <textarea defaultValue="I built an Amplify project with Next.js!" name="content" />
            <button>Create Post</button>
            <button type="button" onClick={() => Auth.signOut()}>
              Sign out
            </button>
          </form>
        </Authenticator>
      </main>
    </div>
  );
}
