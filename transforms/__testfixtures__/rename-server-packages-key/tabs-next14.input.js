module.exports = {
	reactStrictMode: true,
	serverComponentsPackages: [
		'@aws-crypto/sha256-js',
		'@aws-crypto/crc32',
	],
};
