/** @type {import('next').NextConfig} */
const nextConfig = {
  serverComponentsPackages: ['@aws-crypto'],
};

module.exports = nextConfig;
