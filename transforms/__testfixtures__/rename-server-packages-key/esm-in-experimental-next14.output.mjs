/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: '2mb' },
    serverComponentsExternalPackages: ['@aws-crypto', 'aws-amplify'],
  },
};

export default nextConfig;
