module.exports = { reactStrictMode: true, experimental: { serverComponentsExternalPackages: ['@aws-crypto'] } }
