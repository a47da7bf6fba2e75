import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'amplify-next e2e: Next 15 App Router and Pages Router',
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
