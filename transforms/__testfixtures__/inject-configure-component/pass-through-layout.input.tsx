import type { ReactNode } from 'react';
import './globals.css';

// The <html> and <body> elements live in app/[locale]/layout.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
