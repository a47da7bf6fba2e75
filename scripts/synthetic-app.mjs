// Generates a synthetic Next.js codebase for the migrate-v5 benchmark and the robustness test:
// N files of realistic pages, components, API routes and utilities, a fraction of which use Amplify v5
// `withSSRContext`. Deterministic for a given seed.
import fs from 'node:fs';
import path from 'node:path';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const component = (name, i) => `import { useMemo, useState } from 'react';
import styles from './${name}.module.css';

export interface ${name}Props {
  title: string;
  items: Array<{ id: string; label: string; count: number }>;
  onSelect?: (id: string) => void;
}

/** Renders a filterable list (${i}). */
export function ${name}({ title, items, onSelect }: ${name}Props) {
  const [query, setQuery] = useState('');
  const visible = useMemo(
    () => items.filter((item) => item.label.toLowerCase().includes(query.toLowerCase())),
    [items, query],
  );
  const total = visible.reduce((sum, item) => sum + item.count, 0);

  return (
    <section className={styles.card}>
      <header className={styles.header}>
        <h2>{title}</h2>
        <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Filter" />
      </header>
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item.id)}>
            {item.label} <span className={styles.count}>{item.count}</span>
          </li>
        ))}
      </ul>
      <footer>{total} in total</footer>
    </section>
  );
}

export default ${name};
`;

const page = (name, i) => `import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import { formatDate } from '../lib/format';

interface Props {
  generatedAt: string;
  entries: Array<{ id: number; title: string }>;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const page = Number(query.page ?? 1);
  const response = await fetch(\`https://api.example.com/entries?page=\${page}&section=${i}\`);
  const entries = response.ok ? ((await response.json()) as Props['entries']) : [];
  return { props: { generatedAt: new Date().toISOString(), entries } };
};

export default function ${name}Page({ generatedAt, entries }: Props) {
  return (
    <>
      <Head>
        <title>${name}</title>
      </Head>
      <main>
        <h1>${name}</h1>
        <p>Generated {formatDate(generatedAt)}</p>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>{entry.title}</li>
          ))}
        </ol>
      </main>
    </>
  );
}
`;

const apiRoute = (name, i) => `import type { NextApiRequest, NextApiResponse } from 'next';

type Data = { ok: boolean; value?: number; error?: string };

const cache = new Map<string, number>();

export default async function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ ok: false, error: 'Method not allowed' });
  }
  const key = String(req.query.key ?? '${name}-${i}');
  if (!cache.has(key)) cache.set(key, key.length * ${i + 1});
  res.status(200).json({ ok: true, value: cache.get(key) });
}
`;

const util = (name, i) => `export function ${name}(values: number[]): { min: number; max: number; mean: number } {
  if (values.length === 0) return { min: 0, max: 0, mean: 0 };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
  }
  return { min, max, mean: sum / values.length };
}

export const ${name}Label = (value: number) => value.toFixed(${i % 4});

${i % 50 === 0 ? '// withSSRContext is mentioned here only in a comment: not a migration site.\n' : ''}export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
`;

const v5Files = [
  (name) => `import { withSSRContext } from 'aws-amplify';
import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch (error) {
    return { redirect: { destination: '/sign-in', permanent: false } };
  }
};

export default function ${name}({ username }: { username: string }) {
  return <main>Hello {username}</main>;
}
`,
  (name) => `import { withSSRContext } from 'aws-amplify';
import type { NextApiRequest, NextApiResponse } from 'next';
import { listTodos } from '../../graphql/queries';

export default async function ${name}(req: NextApiRequest, res: NextApiResponse) {
  const { API } = withSSRContext({ req });
  const { data } = await API.graphql({ query: listTodos, authMode: 'AMAZON_COGNITO_USER_POOLS' });
  res.status(200).json(data.listTodos.items);
}
`,
  (name) => `import { withSSRContext } from 'aws-amplify';

export async function getStaticProps() {
  const SSR = withSSRContext();
  const { data } = await SSR.API.graphql({ query: 'query { listPosts { items { id title } } }' });
  return { props: { posts: data.listPosts.items }, revalidate: 60 };
}

export default function ${name}({ posts }: { posts: Array<{ id: string; title: string }> }) {
  return <ul>{posts.map((post) => <li key={post.id}>{post.title}</li>)}</ul>;
}
`,
  (name) => `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps(context) {
  const { Auth } = withSSRContext(context);
  const session = await Auth.currentSession();
  const token = session.getIdToken().getJwtToken();
  return { props: { signedIn: Boolean(token), page: '${name}' } };
}

export default function ${name}({ signedIn }) {
  return <p>{signedIn ? 'Signed in' : 'Signed out'}</p>;
}
`,
  (name) => `import { withSSRContext } from 'aws-amplify';
import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const items = await SSR.DataStore.query(Post);
  return { props: { count: items.length, page: '${name}' } };
};

export default function ${name}({ count }: { count: number }) {
  return <p>{count} posts</p>;
}
`,
];

/**
 * Writes the codebase into `dir` (created) and returns the list of written files and which use v5.
 * Layout: pages/, pages/api/, components/, lib/; plus package.json and tsconfig.json.
 */
export function generateSyntheticApp(dir, { files = 5000, fraction = 0.02, seed = 1 } = {}) {
  const rand = random(seed);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'synthetic-app', private: true, dependencies: { next: '14.2.35', 'aws-amplify': '^5.3.0', react: '^18.2.0' } }, null, 2)}\n`,
  );
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "jsx": "preserve", "paths": { "@/*": ["./*"] } } }\n');
  const written = [];
  const v5Count = Math.round(files * fraction);
  const v5Indexes = new Set();
  while (v5Indexes.size < v5Count) v5Indexes.add(Math.floor(rand() * files));
  for (let i = 0; i < files; i++) {
    const name = `${pick(rand, ['Orders', 'Profile', 'Billing', 'Reports', 'Inbox', 'Team', 'Search', 'Catalog'])}${i}`;
    let file;
    let content;
    if (v5Indexes.has(i)) {
      const make = v5Files[i % v5Files.length];
      const isApi = i % v5Files.length === 1;
      file = isApi ? `pages/api/v5/${name.toLowerCase()}.ts` : `pages/v5/${name.toLowerCase()}.${i % 2 ? 'tsx' : 'jsx'}`;
      content = make(name);
      if (file.endsWith('.jsx'))
        content = content
          .replace(/: \{[^}]*\}\)/g, ')')
          .replace(/import type [^\n]*\n/g, '')
          .replace(/: GetServerSideProps/g, '');
    } else {
      const kind = i % 4;
      const dirName = ['components', 'pages', 'pages/api', 'lib'][kind];
      const ext = kind === 0 || kind === 1 ? 'tsx' : 'ts';
      file = `${dirName}/${Math.floor(i / 500)}/${name.toLowerCase()}.${ext}`;
      content = [component, page, apiRoute, util][kind](name, i);
    }
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    written.push({ file, v5: v5Indexes.has(i) });
  }
  return written;
}
