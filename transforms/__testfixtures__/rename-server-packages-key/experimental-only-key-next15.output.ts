import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  serverExternalPackages: [
    '@aws-crypto/sha256-js',
    '@aws-sdk/client-cognito-identity-provider',
  ],
  images: { unoptimized: true },
};

export default nextConfig;
