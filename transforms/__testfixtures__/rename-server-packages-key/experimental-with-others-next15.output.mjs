const nextConfig = {
  experimental: {
    typedRoutes: true,
  },
  // for the crypto polyfills
  serverExternalPackages: ['@aws-crypto'], // see the Amplify docs
  poweredByHeader: false,
}

export default nextConfig
