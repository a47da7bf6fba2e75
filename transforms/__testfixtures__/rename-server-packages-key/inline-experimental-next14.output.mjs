export default {
  experimental: { typedRoutes: true, serverComponentsExternalPackages: ['@aws-crypto'] },
};
