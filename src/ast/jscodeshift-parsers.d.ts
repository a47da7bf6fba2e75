// jscodeshift ships the options of its `ts` and `tsx` parsers as CommonJS without type declarations.
declare module 'jscodeshift/parser/tsOptions.js' {
  const options: import('@babel/parser').ParserOptions;
  export default options;
}
