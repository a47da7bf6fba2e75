import type { Metadata } from 'next';
import './globals.css';

// Keep <body> free of client components: the providers live in app/providers.tsx.
/* A second <body> used to live here for the print view. */

export const metadata: Metadata = { title: 'Docs' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      {/* <body> gets the font classes from globals.css */}
      <body>
        {/* the skip link must stay the first element in <body> for a11y */}
        <a href="#main" className="skip-link">Skip to content</a>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
