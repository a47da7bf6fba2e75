// jscodeshift ships its parsers as CommonJS factories without type declarations.
declare module 'jscodeshift/parser/tsx.js' {
  const factory: () => { parse(code: string): import('@babel/types').File };
  export default factory;
}
declare module 'jscodeshift/parser/ts.js' {
  const factory: () => { parse(code: string): import('@babel/types').File };
  export default factory;
}
