import { Providers } from "./providers";
import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "App",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
