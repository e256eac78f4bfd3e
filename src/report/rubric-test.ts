// Formatters for `rubric test`: pure (report, format) => string.
import { escapeData, escapeProperty } from './github-commands.js';
import type { CaseResult, RequirementCheck, TestReport } from './rubric-types.js';

export type TestFormat = 'stylish' | 'json' | 'junit' | 'github';

const pct = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(2));
const yn = (b: boolean | undefined): string => (b === undefined ? 'unknown' : String(b));

/** What differed for one requirement, e.g. "applied-ml-years value 5.5, expected 6 ± 0.25". */
export function describeCheck(k: RequirementCheck): string[] {
  return k.problems.map((p) => {
    if (p === 'missing') return `${k.requirementId} is not in the rubric`;
    if (p === 'met') return `${k.requirementId} met ${yn(k.actualMet)}, expected ${String(k.expectedMet)}`;
    const got = k.actualValue === undefined ? 'none' : String(Math.round(k.actualValue * 100) / 100);
    return `${k.requirementId} value ${got}, expected ${String(k.expectedValue)} ± ${String(k.tolerance)}`;
  });
}

export function describeCase(r: CaseResult): string[] {
  const out: string[] = [];
  if (r.error !== undefined) out.push(`unreadable: ${r.error}`);
  else if (r.actualVerdict !== r.expectedVerdict) out.push(`verdict ${r.actualVerdict ?? 'none'}, expected ${r.expectedVerdict}`);
  for (const k of r.checks) out.push(...describeCheck(k));
  return out;
}

function summaryLines(report: TestReport): string[] {
  const s = report.summary;
  const width = Math.max(11, ...s.requirements.map((r) => r.requirementId.length));
  const lines = ['', `${'requirement'.padEnd(width)}  precision  recall  tp  fp  fn  tn`];
  for (const r of s.requirements) {
    const n = (v: number): string => String(v).padStart(2);
    lines.push(`${r.requirementId.padEnd(width)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${n(r.tp)}  ${n(r.fp)}  ${n(r.fn)}  ${n(r.tn)}`);
  }
  lines.push('');
  lines.push(`verdict accuracy: ${s.verdictCorrect}/${s.cases} (${(100 * s.verdictAccuracy).toFixed(1)}%)`);
  lines.push(`years mean absolute error: ${s.yearsMae === undefined ? '—' : s.yearsMae.toFixed(3)} over ${s.yearsCount} values`);
  lines.push(`cases: ${s.cases - s.failed} passed, ${s.failed} failed`);
  return lines;
}

function stylish(report: TestReport): string {
  const lines = report.results.map((r) => {
    const head = `${r.passed ? '✓' : '✗'} ${r.file} ${r.actualVerdict ?? r.error ?? ''}`.trimEnd();
    return r.passed ? head : `${head}\n${describeCase(r).map((d) => `    ${d}`).join('\n')}`;
  });
  return `${[...lines, ...summaryLines(report)].join('\n')}\n`;
}

/** One annotation per failed case, on the case's line in the cases file (path relative to the repository root). */
function github(report: TestReport, options: TestFormatOptions): string {
  const file = escapeProperty(options.relativePath(report.casesFile));
  const failures = report.results
    .filter((r) => !r.passed)
    .map((r) => {
      const where = r.line === undefined ? `file=${file}` : `file=${file},line=${r.line}`;
      return `::error ${where}::${escapeData(`rubric test ${r.file}: ${describeCase(r).join('; ')}`)}`;
    });
  return `${[...failures, ...summaryLines(report)].join('\n')}\n`;
}

/** XML 1.0 text: escape markup characters and drop the control characters XML cannot hold at all. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One <testcase> per résumé × requirement plus one for the verdict; classname is the résumé. */
function junit(report: TestReport): string {
  const cases: string[] = [];
  let failures = 0;
  const testcase = (classname: string, name: string, failure?: string): void => {
    const open = `    <testcase classname="${xmlEscape(classname)}" name="${xmlEscape(name)}"`;
    if (failure === undefined) cases.push(`${open}/>`);
    else {
      failures++;
      cases.push(`${open}>\n      <failure message="${xmlEscape(failure)}">${xmlEscape(failure)}</failure>\n    </testcase>`);
    }
  };
  for (const r of report.results) {
    const verdictOk = r.error === undefined && r.actualVerdict === r.expectedVerdict;
    testcase(r.file, 'verdict', verdictOk ? undefined : describeCase({ ...r, checks: [] }).join('; '));
    for (const k of r.checks) {
      const broken = r.error !== undefined ? [`unreadable: ${r.error}`] : describeCheck(k);
      testcase(r.file, k.requirementId, broken.length ? broken.join('; ') : undefined);
    }
  }
  const name = xmlEscape(`rubric test ${report.rubric}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

export interface TestFormatOptions {
  /** A path as CI annotations want it (relative to the repository root); unchanged by default. */
  relativePath: (file: string) => string;
}

export function formatTest(report: TestReport, format: TestFormat, options: TestFormatOptions = { relativePath: (f) => f }): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'junit') return junit(report);
  if (format === 'github') return github(report, options);
  return stylish(report);
}
