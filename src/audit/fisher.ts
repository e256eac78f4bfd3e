// Fisher's exact test (two-sided) on a 2×2 table: is a group's selection rate different from the reference group's
// by more than chance? Exact, so it stays valid for the small groups a screening batch has.

function logFactorials(n: number): number[] {
  const out = [0];
  for (let i = 1; i <= n; i++) out.push((out[i - 1] ?? 0) + Math.log(i));
  return out;
}

/**
 * p-value for [[a, b], [c, d]] (rows: group, reference; columns: selected, not selected): the summed probability of
 * every table with the same margins that is no more likely than the observed one.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const n1 = a + b;
  const n2 = c + d;
  const k = a + c;
  const n = n1 + n2;
  if (n === 0) return 1;
  const lf = logFactorials(n);
  const f = (i: number): number => lf[i] ?? 0;
  const logP = (x: number): number => f(n1) + f(n2) + f(k) + f(n - k) - f(x) - f(n1 - x) - f(k - x) - f(n2 - k + x) - f(n);
  const observed = logP(a);
  let p = 0;
  for (let x = Math.max(0, k - n2); x <= Math.min(k, n1); x++) {
    const lp = logP(x);
    // Relative tolerance: tables as likely as the observed one count, despite rounding.
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
