import { SEVERITIES, type Check, type DoctorProject, type Finding, type Severity } from './check.js';

export interface Totals {
  error: number;
  warning: number;
  info: number;
  fixable: number;
  /** Of the fixable ones, those `--fix` makes only with `--force`. */
  fixableWithForce: number;
}

/**
 * Every finding of `checks`, grouped by file (the file with the most severe finding first, then by path)
 * and, within a file, the most severe first, then by position and code: the same order on every run.
 */
export function runChecks(project: DoctorProject, checks: readonly Check[]): Finding[] {
  return sortFindings(checks.flatMap((check) => check.run(project)));
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  const worst = new Map<string, number>();
  for (const finding of findings) worst.set(finding.file, Math.min(worst.get(finding.file) ?? SEVERITIES.length, rank(finding.severity)));
  return [...findings].sort(
    (a, b) =>
      worst.get(a.file)! - worst.get(b.file)! ||
      compareText(a.file, b.file) ||
      rank(a.severity) - rank(b.severity) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

export function totals(findings: readonly Finding[]): Totals {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return {
    error: count('error'),
    warning: count('warning'),
    info: count('info'),
    fixable: findings.filter((finding) => finding.fixable).length,
    fixableWithForce: findings.filter((finding) => finding.fixable && finding.fixNeedsForce).length,
  };
}

/** Whether the findings fail the run: errors do, warnings too with `--strict`. */
export function fails(findings: readonly Finding[], strict: boolean): boolean {
  return findings.some((finding) => finding.severity === 'error' || (strict && finding.severity === 'warning'));
}

function rank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
