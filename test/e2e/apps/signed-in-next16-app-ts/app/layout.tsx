import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'amplify-next e2e: a signed-in user, Next 16 App Router',
};

export default function RootLayout({
  children,
}: Readonly<{
  children: React.ReactNode;
}>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
