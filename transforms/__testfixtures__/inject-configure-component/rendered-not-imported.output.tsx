import './globals.css';
import ConfigureAmplifyClientSide from '@/components/ConfigureAmplify';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ConfigureAmplifyClientSide />
        {children}
      </body>
    </html>
  );
}
