const nextConfig = {
  serverExternalPackages: ['@aws-crypto'],
};

export default nextConfig;
