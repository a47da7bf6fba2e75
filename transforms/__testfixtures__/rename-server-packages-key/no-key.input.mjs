/** @type {import('next').NextConfig} */
const nextConfig = {
  // serverComponentsPackages is mentioned only in this comment
  reactStrictMode: true,
};

export default nextConfig;
