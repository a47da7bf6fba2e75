// The migrate-v5 transform behind amplify-next's text prefilter, as a jscodeshift module: the benchmark
// runs it with the stock jscodeshift CLI to show what the runner alone costs.
import { migrateSource } from '../dist/transforms/migrate-v5/index.js';

export default function transformer(file) {
  return migrateSource(file.source, file.path, { utilsImport: '@/utils/amplifyServerUtils' }).output;
}
