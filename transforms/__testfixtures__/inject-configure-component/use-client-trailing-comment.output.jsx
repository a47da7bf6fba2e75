'use client'; // the theme toggle keeps state in this layout

import ConfigureAmplifyClientSide from '@/components/ConfigureAmplify';

export default function RootLayout({ children }) {
  return (
    <html lang='en'>
      <body>
        <ConfigureAmplifyClientSide />
        {children}
      </body>
    </html>
  );
}
