/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: '2mb' },
    serverComponentsPackages: ['@aws-crypto', 'aws-amplify'],
  },
};

export default nextConfig;
