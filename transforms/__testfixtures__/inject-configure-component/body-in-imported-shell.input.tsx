import type { Metadata } from 'next';
import { AppShell } from '@acme/ui/app-shell';
import './globals.css';

export const metadata: Metadata = { title: 'Acme' };

// AppShell renders <html> and <body> for every Acme app.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <AppShell lang="en">{children}</AppShell>;
}
