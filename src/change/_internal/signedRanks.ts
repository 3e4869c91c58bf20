/**
 * Signed-rank sums of paired changes with midranks for ties, computed after one sort of the changes.
 *
 * The changes are sorted once (Float64Array.prototype.sort, no index sort). In sorted order the negative changes
 * run from the zero block towards the start with increasing |d|, the positive ones from the zero block towards the
 * end; merging the two runs visits |d| in increasing order, so each tie group of |d| is met once, with its counts
 * of positive and negative changes, and gets its midrank. When every score is an integer and the changes span a
 * small range the sort is replaced by a counting pass, and when many changes share few values by the sorted
 * distinct values with their counts; both visit the same groups in the same order and so give identical sums.
 *
 * Zero handling (Wilcoxon 1945; Pratt 1959; scipy's `zero_method`): `'wilcox'` drops zero changes before ranking;
 * `'pratt'` ranks |d| with the zeros and then drops the zeros' ranks; `'zsplit'` ranks with the zeros and gives
 * half of the zeros' rank sum to each of T+ and T−.
 *
 * References:
 * - Wilcoxon F (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1(6):80–83.
 * - Pratt JW (1959). Remarks on zeros and ties in the Wilcoxon signed rank procedures. JASA 54(287):655–667.
 *   https://doi.org/10.1080/01621459.1959.10501526
 *
 * @internal
 */
import { distinctValues } from '../../_internal/distinctValues';

/** How zero changes enter the ranking. */
export type ZeroMethod = 'wilcox' | 'pratt' | 'zsplit';

/** Rank sums and tie information. */
export interface RankSums {
  /** Sum of the ranks of positive changes (R's V), including half the zero ranks for `'zsplit'`. */
  tPlus: number;
  /** Sum of the ranks of negative changes, including half the zero ranks for `'zsplit'`. */
  tMinus: number;
  nNonZero: number;
  nZero: number;
  /** Σ(t³ − t) over the tie groups that enter the variance (non-zero groups; also the zero group for zsplit). */
  tieCorrection: number;
  /** Number of groups of equal non-zero |d| with more than one member. */
  tiedGroups: number;
  /** Number of non-zero changes that share their |d| with another. */
  tiedValues: number;
  /** Sizes of the non-zero |d| groups in increasing |d| (only when requested). */
  groupSizes?: number[];
  /** Doubled midranks of those groups (integers). */
  groupRanks2?: number[];
}

/** Largest span of integer changes for which a counting pass replaces the sort. */
const MAX_COUNT_SPAN = 1 << 16;

interface Acc {
  rank: number;
  tPlus: number;
  tMinus: number;
  tie: number;
  tiedGroups: number;
  tiedValues: number;
  sizes: number[] | undefined;
  ranks2: number[] | undefined;
}

function addGroup(acc: Acc, pos: number, neg: number): void {
  const t = pos + neg;
  const mid = acc.rank + (t + 1) / 2;
  acc.tPlus += pos * mid;
  acc.tMinus += neg * mid;
  if (t > 1) {
    acc.tie += t * t * t - t;
    acc.tiedGroups++;
    acc.tiedValues += t;
  }
  if (acc.sizes !== undefined && acc.ranks2 !== undefined) {
    acc.sizes.push(t);
    acc.ranks2.push(2 * acc.rank + t + 1);
  }
  acc.rank += t;
}

function start(nZero: number, zeroMethod: ZeroMethod, withGroups: boolean): Acc {
  const acc: Acc = {
    rank: zeroMethod === 'wilcox' ? 0 : nZero,
    tPlus: 0, tMinus: 0, tie: 0, tiedGroups: 0, tiedValues: 0,
    sizes: withGroups ? [] : undefined,
    ranks2: withGroups ? [] : undefined,
  };
  if (zeroMethod === 'zsplit' && nZero > 0) {
    const half = (nZero * (nZero + 1)) / 4;
    acc.tPlus = half;
    acc.tMinus = half;
    if (nZero > 1) acc.tie = nZero * nZero * nZero - nZero;
  }
  return acc;
}

function finish(acc: Acc, nNonZero: number, nZero: number): RankSums {
  const out: RankSums = {
    tPlus: acc.tPlus, tMinus: acc.tMinus, nNonZero, nZero,
    tieCorrection: acc.tie, tiedGroups: acc.tiedGroups, tiedValues: acc.tiedValues,
  };
  if (acc.sizes !== undefined && acc.ranks2 !== undefined) {
    out.groupSizes = acc.sizes;
    out.groupRanks2 = acc.ranks2;
  }
  return out;
}

/**
 * Signed-rank sums of `d`. `integerSpan` is (max − min) of `d` when all scores are integers, else −1.
 * `d` is not modified.
 */
export function signedRankSums(d: Float64Array, zeroMethod: ZeroMethod, integerSpan: number, minD: number, withGroups = false): RankSums {
  if (integerSpan >= 0 && integerSpan <= MAX_COUNT_SPAN && integerSpan < d.length * 4) return countedRankSums(d, zeroMethod, integerSpan, minD, withGroups);
  // Many changes sharing few values (proportion-scale changes): the same groups from the sorted distinct values.
  if (d.length >= 512) {
    const t = distinctValues(d, d.length >>> 4);
    if (t !== undefined) {
      const order = t.ascending();
      const values = t.values(), counts = t.counts();
      return rankSumsFromCounts(Float64Array.from(order, (k) => values[k] as number), Float64Array.from(order, (k) => counts[k] as number), zeroMethod, withGroups);
    }
  }
  return sortedRankSums(d, zeroMethod, withGroups);
}

/** The general path: one Float64Array sort, then a merge of the negative and positive runs. */
export function sortedRankSums(d: Float64Array, zeroMethod: ZeroMethod, withGroups: boolean): RankSums {
  const s = d.slice().sort();
  const n = s.length;
  let zs = 0;
  while (zs < n && (s[zs] as number) < 0) zs++;
  let ze = zs;
  while (ze < n && (s[ze] as number) === 0) ze++;
  const nZero = ze - zs;
  const acc = start(nZero, zeroMethod, withGroups);
  let i = zs - 1;
  let j = ze;
  while (i >= 0 || j < n) {
    const a = i >= 0 ? -(s[i] as number) : Number.POSITIVE_INFINITY;
    const b = j < n ? (s[j] as number) : Number.POSITIVE_INFINITY;
    const v = a < b ? a : b;
    let neg = 0;
    while (i >= 0 && -(s[i] as number) === v) { neg++; i--; }
    let pos = 0;
    while (j < n && (s[j] as number) === v) { pos++; j++; }
    addGroup(acc, pos, neg);
  }
  return finish(acc, n - nZero, nZero);
}

/** The integer path: counts of each change value, visited in increasing |d|. */
function countedRankSums(d: Float64Array, zeroMethod: ZeroMethod, span: number, minD: number, withGroups: boolean): RankSums {
  const counts = new Float64Array(span + 1);
  const n = d.length;
  for (let i = 0; i < n; i++) { const k = (d[i] as number) - minD; counts[k] = (counts[k] as number) + 1; }
  const maxD = minD + span;
  const nZero = minD <= 0 && maxD >= 0 ? (counts[-minD] as number) : 0;
  const acc = start(nZero, zeroMethod, withGroups);
  const top = Math.max(-minD, maxD);
  for (let k = 1; k <= top; k++) {
    const pos = k <= maxD && k >= minD ? (counts[k - minD] as number) : 0;
    const neg = -k >= minD && -k <= maxD ? (counts[-k - minD] as number) : 0;
    if (pos + neg > 0) addGroup(acc, pos, neg);
  }
  return finish(acc, n - nZero, nZero);
}

/**
 * Signed-rank sums from the sorted distinct changes and their counts: the negative values are visited from the zero
 * (or first non-negative) value down and the positive ones up, so each |d| group is met once, in increasing |d|,
 * with the same counts and hence the same midrank additions as {@link sortedRankSums} on the expanded changes.
 */
export function rankSumsFromCounts(values: Float64Array, counts: Float64Array, zeroMethod: ZeroMethod, withGroups: boolean): RankSums {
  const m = values.length;
  let total = 0;
  for (let i = 0; i < m; i++) total += counts[i] as number;
  let zs = 0;
  while (zs < m && (values[zs] as number) < 0) zs++;
  const nZero = zs < m && (values[zs] as number) === 0 ? (counts[zs] as number) : 0;
  const ze = nZero > 0 ? zs + 1 : zs;
  const acc = start(nZero, zeroMethod, withGroups);
  let i = zs - 1;
  let j = ze;
  while (i >= 0 || j < m) {
    const a = i >= 0 ? -(values[i] as number) : Number.POSITIVE_INFINITY;
    const b = j < m ? (values[j] as number) : Number.POSITIVE_INFINITY;
    const v = a < b ? a : b;
    let neg = 0;
    if (i >= 0 && -(values[i] as number) === v) { neg = counts[i] as number; i--; }
    let pos = 0;
    if (j < m && (values[j] as number) === v) { pos = counts[j] as number; j++; }
    addGroup(acc, pos, neg);
  }
  return finish(acc, total - nZero, nZero);
}
