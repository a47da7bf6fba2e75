const { merge } = require('./config/merge');

const nextConfig = merge(require('./config/base'));
nextConfig.experimental = { serverComponentsPackages: ['@aws-crypto'] };

module.exports = nextConfig;
