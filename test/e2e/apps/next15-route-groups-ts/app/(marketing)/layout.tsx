import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'amplify-next e2e: route groups, marketing',
};

// One of two root layouts (route groups, no app/layout): crossing to the other is a full page load.
export default function MarketingLayout({
  children,
}: Readonly<{
  children: React.ReactNode;
}>) {
  return (
    <html lang="en">
      <body className="marketing">
        <header>Acme</header>
        {children}
      </body>
    </html>
  );
}
