module.exports = { reactStrictMode: true, serverComponentsPackages: ['@aws-crypto'] }
