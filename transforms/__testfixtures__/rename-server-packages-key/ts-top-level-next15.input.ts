import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  /* config options here */
  serverComponentsPackages: ["@aws-crypto"],
};

export default nextConfig;
