// Preloaded with NODE_OPTIONS=--import in tests: the CLI then sees the Node.js version in AMPLIFY_NEXT_TEST_NODE.
const version = process.env.AMPLIFY_NEXT_TEST_NODE;
if (version) Object.defineProperty(process.versions, 'node', { value: version });
