const serverComponentsPackages = ['@aws-crypto'];

export default { serverComponentsPackages };
