/** @type {import('next').NextConfig} */
module.exports = {
  experimental: {},
  serverComponentsPackages: ['@aws-crypto'],
  output: 'export',
};
