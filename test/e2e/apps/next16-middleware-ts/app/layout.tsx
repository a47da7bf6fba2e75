import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'amplify-next e2e: Next 16 with an existing middleware.ts',
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
