export default {
  experimental: { typedRoutes: true },
  serverComponentsPackages: ['@aws-crypto'],
};
