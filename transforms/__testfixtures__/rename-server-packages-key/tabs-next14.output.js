module.exports = {
	reactStrictMode: true,
	experimental: {
		serverComponentsExternalPackages: [
			'@aws-crypto/sha256-js',
			'@aws-crypto/crc32',
		],
	},
};
