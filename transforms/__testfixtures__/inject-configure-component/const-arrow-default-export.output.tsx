import type { ReactNode } from 'react';
import { Analytics } from '@vercel/analytics/react';
import '../styles/globals.css';
import ConfigureAmplifyClientSide from '@/components/ConfigureAmplify';

type Props = { children: ReactNode };

const RootLayout = ({ children }: Props) => (
  <html lang="en">
    <body className="bg-white text-gray-900">
      <ConfigureAmplifyClientSide />
      {children}
      <Analytics />
    </body>
  </html>
);

export default RootLayout;
