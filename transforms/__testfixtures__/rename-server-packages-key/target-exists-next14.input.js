module.exports = {
  experimental: {
    serverComponentsExternalPackages: ['sharp'],
  },
  serverComponentsPackages: ['@aws-crypto'],
};
