/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  experimental: {
    appDir: true,
    typedRoutes: true,
    // Amplify: keep the crypto packages out of the server bundle
    serverComponentsExternalPackages: [
      '@aws-crypto/sha256-js',
      '@aws-crypto/crc32',
    ]
  }
}

export default nextConfig
