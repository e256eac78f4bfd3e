// A short, readable diff for golden-text failures: the first differing line with two lines of context.
export function lineDiff(expected: readonly string[], actual: readonly string[]): string {
  const show = (s: string | undefined) => (s === undefined ? '(none)' : JSON.stringify(s));
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] === actual[i]) continue;
    const out = [`first difference at line ${i + 1} (expected ${expected.length} lines, got ${actual.length})`];
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
      const mark = expected[j] === actual[j] ? ' ' : '≠';
      out.push(`${mark} ${String(j + 1).padStart(3)}  expected ${show(expected[j])}`, `${mark}      actual   ${show(actual[j])}`);
    }
    return out.join('\n');
  }
  return '';
}
