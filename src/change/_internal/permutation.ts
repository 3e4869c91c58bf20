/**
 * Exact conditional (permutation) distribution of the signed-rank statistic given the observed ranks, ties
 * included: each non-zero change is positive or negative with probability 1/2, independently. The statistic
 * is counted in doubled units (2 × midrank is an integer) by the usual subset-sum recursion over groups
 * (Streitberg & Röhmel 1986, the "shift algorithm"); the counts are exact in double precision while the number
 * of non-zero changes is at most 53.
 *
 * Reference: Streitberg B, Röhmel J (1986). Exact distributions for permutation and rank tests: an introduction
 * to some recently published algorithms. Statistical Software Newsletter 12(1):10–17.
 *
 * @internal
 */

/** P(S ≤ obs) and P(S ≥ obs) for S = Σ ranks2[g]·Binomial(sizes[g], 1/2) (doubled signed-rank sum). */
export function permutationTails(sizes: ReadonlyArray<number>, ranks2: ReadonlyArray<number>, observed2: number): { less: number; greater: number } {
  let total = 0;
  let m = 0;
  for (let g = 0; g < sizes.length; g++) {
    total += (sizes[g] as number) * (ranks2[g] as number);
    m += sizes[g] as number;
  }
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  let reach = 0;
  for (let g = 0; g < sizes.length; g++) {
    const r = ranks2[g] as number;
    for (let c = 0; c < (sizes[g] as number); c++) {
      reach += r;
      for (let s = reach; s >= r; s--) counts[s] = (counts[s] as number) + (counts[s - r] as number);
    }
  }
  const scale = 2 ** -m;
  let less = 0;
  let greater = 0;
  for (let s = 0; s <= total; s++) {
    const c = counts[s] as number;
    if (s <= observed2) less += c;
    if (s >= observed2) greater += c;
  }
  return { less: Math.min(1, less * scale), greater: Math.min(1, greater * scale) };
}
