"use client"; // providers need the browser
import { SessionProvider } from "next-auth/react";
import "./globals.css";
import ConfigureAmplifyClientSide from "@/components/ConfigureAmplify";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ConfigureAmplifyClientSide />
        <SessionProvider>{children}</SessionProvider>
      </body>
    </html>
  );
}
