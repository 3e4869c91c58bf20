/**
 * Fisher's exact test for a 2×2 table, two-sided as in R's `fisher.test`: the p-value sums the
 * hypergeometric probabilities of every table (with the observed margins) that is no more probable
 * than the observed one, with R's relative tolerance 1 + 1e-7 for ties.
 *
 * The densities are built by the ratio recurrence d(x+1)/d(x) = (m−x)(k−x)/((x+1)(n−k+x+1)) in log space
 * relative to the first support point, then scaled by their maximum, as R's `dnhyper` does.
 *
 * References: Fisher RA (1935). The logic of inductive inference. JRSS 98(1):39–82, https://doi.org/10.2307/2342435;
 * Agresti A (2013). Categorical Data Analysis, 3rd edn, section 3.5.
 *
 * @internal
 */

/** Two-sided p-value of Fisher's exact test for [[a, b], [c, d]] (non-negative integers). */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  const m = a + b; // first row total
  const n = c + d; // second row total
  const k = a + c; // first column total
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  if (hi === lo) return 1;
  const size = hi - lo + 1;
  const logd = new Float64Array(size);
  let max = 0;
  for (let i = 1; i < size; i++) {
    const x = lo + i - 1;
    logd[i] = (logd[i - 1] as number) + Math.log(((m - x) * (k - x)) / ((x + 1) * (n - k + x + 1)));
    if ((logd[i] as number) > max) max = logd[i] as number;
  }
  let total = 0;
  const dens = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    dens[i] = Math.exp((logd[i] as number) - max);
    total += dens[i] as number;
  }
  const obs = (dens[a - lo] as number) * (1 + 1e-7);
  let p = 0;
  for (let i = 0; i < size; i++) if ((dens[i] as number) <= obs) p += dens[i] as number;
  return Math.min(1, p / total);
}
