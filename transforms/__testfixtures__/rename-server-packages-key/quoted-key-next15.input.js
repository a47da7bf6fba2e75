module.exports = {
  'serverComponentsPackages': ['@aws-crypto'],
  'poweredByHeader': false,
};
