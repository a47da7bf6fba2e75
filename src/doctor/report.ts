import type { Output } from '../ui/output.js';
import { totals, type Totals } from './run-checks.js';
import type { Finding, Severity } from './check.js';

const MARK: Record<Severity, string> = { error: '✖', warning: '!', info: 'i' };

/** Findings grouped by file (they come sorted), each with its fix and docs, then the totals. */
export function printFindings(out: Output, findings: readonly Finding[], options: { fixHint: boolean }): void {
  const { color } = out;
  const paint: Record<Severity, (text: string) => string> = { error: color.red, warning: color.yellow, info: color.cyan };
  let file: string | undefined;
  for (const finding of findings) {
    if (finding.file !== file) {
      if (file !== undefined) out.line();
      file = finding.file;
      out.line(color.bold(file));
    }
    const where = `${finding.line}:${finding.column}`;
    const head = paint[finding.severity](`${MARK[finding.severity]} ${finding.severity}`);
    out.line(`  ${head} ${color.dim(where)}  ${finding.message} ${color.dim(`[${finding.code}]`)}`);
    out.line(`      ${color.green(fixLabel(finding))} ${finding.fix}`);
    out.line(`      ${color.dim(`docs: ${finding.docs}`)}`);
  }
  if (findings.length > 0) out.line();
  out.line(summaryLine(out, totals(findings), options.fixHint));
}

function fixLabel(finding: Finding): string {
  if (!finding.fixable) return 'fix:';
  return finding.fixNeedsForce ? 'fix (--fix --force):' : 'fix (--fix):';
}

function summaryLine(out: Output, count: Totals, fixHint: boolean): string {
  const { color } = out;
  if (count.error + count.warning + count.info === 0) return color.green('✔ No problems found.');
  const parts = [plural(count.error, 'error'), plural(count.warning, 'warning'), `${count.info} info`];
  const { fixable: total, fixableWithForce: withForce } = count;
  let fixable = '';
  if (total > 0 && fixHint) {
    const command = withForce === total ? 'amplify-next doctor --fix --force' : 'amplify-next doctor --fix';
    const some = withForce > 0 && withForce < total ? `; ${withForce} of them only with --force` : '';
    fixable = ` ${total} fixable: run ${command} (--dry-run to preview)${some}.`;
  }
  return `${color.bold(parts.join(', '))}.${fixable}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The `--json` form of the findings: every field of each, in the reported order, and the totals. */
export function findingsJson(findings: readonly Finding[]) {
  return {
    findings: findings.map(({ code, severity, file, line, column, message, fix, docs, fixable, fixNeedsForce }) => ({
      code,
      severity,
      file,
      line,
      column,
      message,
      fix,
      docs,
      fixable,
      fixNeedsForce: fixNeedsForce === true,
    })),
    totals: totals(findings),
  };
}
