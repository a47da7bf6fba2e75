import './globals.css';

export const metadata = {
  title: 'amplify-next e2e: Next 16 App Router (JavaScript)',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
