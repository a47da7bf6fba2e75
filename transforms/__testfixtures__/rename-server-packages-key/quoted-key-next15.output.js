module.exports = {
  'serverExternalPackages': ['@aws-crypto'],
  'poweredByHeader': false,
};
