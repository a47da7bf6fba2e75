const nextConfig = {
  serverExternalPackages: ['sharp'],
  serverComponentsPackages: ['@aws-crypto'],
};

export default nextConfig;
