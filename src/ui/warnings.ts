import type { VersionWarning } from '../project/version-warnings.js';
import type { Output } from './output.js';

/** Printed before the plan, in bold: these matter before anything is written or installed. */
export function printWarnings(out: Output, warnings: VersionWarning[]): void {
  for (const warning of warnings) out.line(out.color.bold.red(`⚠ ${warning.message}`));
  if (warnings.length > 0) out.line();
}
