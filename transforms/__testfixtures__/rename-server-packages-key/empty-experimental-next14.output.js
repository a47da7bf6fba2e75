/** @type {import('next').NextConfig} */
module.exports = {
  experimental: {
    serverComponentsExternalPackages: ['@aws-crypto'],
  },
  output: 'export',
};
