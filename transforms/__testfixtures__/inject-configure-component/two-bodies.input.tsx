import { headers } from 'next/headers';
import './globals.css';

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const embedded = (await headers()).get('x-embedded') === '1';
  if (embedded) {
    return (
      <html lang="en">
        <body className="embedded">{children}</body>
      </html>
    );
  }
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
