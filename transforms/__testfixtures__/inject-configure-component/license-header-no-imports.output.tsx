/**
 * Copyright Example Corp. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0
 */

import ConfigureAmplifyClientSide from "@/components/ConfigureAmplify";

/** The root layout: every page of the app renders inside it. */
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
