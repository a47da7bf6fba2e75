/**
 * Copyright Example Corp. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0
 */

/** The root layout: every page of the app renders inside it. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
