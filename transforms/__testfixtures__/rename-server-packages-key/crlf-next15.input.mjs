const nextConfig = {
  experimental: {
    serverComponentsPackages: ['@aws-crypto'],
  },
};

export default nextConfig;
