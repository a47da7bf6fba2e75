const nextConfig = {
  experimental: {
    // for the crypto polyfills
    serverComponentsPackages: ['@aws-crypto'], // see the Amplify docs
    typedRoutes: true,
  },
  poweredByHeader: false,
}

export default nextConfig
