import { useEffect, useState } from 'react';
import { API } from 'aws-amplify';
import { listPublishedPosts } from '@/lib/posts';

export default function LatestPosts({ initial }) {
  const [posts, setPosts] = useState(initial);
  useEffect(() => {
    const timer = setInterval(() => {
      listPublishedPosts(API).then(setPosts);
    }, 30000);
    return () => clearInterval(timer);
  }, []);
  return (
    <ul>
      {posts.map((post) => (
        <li key={post.id}>{post.title}</li>
      ))}
    </ul>
  );
}
