// npm run build: dist/bundle/cli.js and dist/bundle/worker.js, what bin/amplify-next.js runs and the package
// ships (one file per process, dependencies inlined: module loading dominated the CLI's start-up), and dist/src,
// dist/transforms, each source file transpiled alone, for the scripts that import the modules themselves.
// Types are checked by `npm run typecheck` (tsconfig.json has isolatedModules, so a file transpiles on its own).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(repo, 'dist');
const target = 'node18.18';

/** src and transforms, without tests, declarations and test fixtures. */
function sources(dir) {
  return fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__testfixtures__' ? [] : sources(relative);
    return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [relative] : [];
  });
}

/**
 * Kept out of the bundle and loaded with `require`, as one shared copy: jscodeshift's parsers require
 * @babel/parser themselves, so inlining it would load it twice; `require` also spares the CommonJS export
 * scan an ESM import of a CommonJS package costs.
 */
const REQUIRED = /^(@babel\/parser|jscodeshift)(\/|$)/;
const requireExternals = {
  name: 'require-externals',
  setup(builder) {
    builder.onResolve({ filter: REQUIRED }, (args) =>
      args.namespace === 'required' ? { path: args.path, external: true } : { path: args.path, namespace: 'required' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

fs.rmSync(dist, { recursive: true, force: true });

await Promise.all([
  build({
    entryPoints: { cli: 'src/cli.ts', worker: 'src/migrate/worker.ts' },
    absWorkingDir: repo,
    outdir: 'dist/bundle',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target,
    // The ESM builds of dual packages (jsonc-parser), which need no CommonJS wrapper.
    mainFields: ['module', 'main'],
    plugins: [requireExternals],
    // `require` for the externals above. Paths from import.meta.url hold as they are: dist/bundle is two folders
    // below the package root, as dist/src (package.json) and src/generate (templates/) are, and the pool's
    // ./worker.js is the worker bundle beside it.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  }),
  build({
    entryPoints: [...sources('src'), ...sources('transforms')],
    absWorkingDir: repo,
    outdir: 'dist',
    outbase: '.',
    platform: 'node',
    format: 'esm',
    target,
    logLevel: 'warning',
  }),
]);
