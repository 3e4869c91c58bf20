/**
 * The Wilcoxon signed-rank test on already-read pairs (shared by wilcoxonSignedRank and summarizeChange).
 *
 * @internal
 */
import { InsufficientDataError, InvalidInputError } from '../../errors';
import { atLeast, booleanOption, oneOf, optionPath } from '../../_internal/validate';
import { describeValue } from '../../_internal/describeValue';
import { normalCdf, normalSf } from '../../stats/normal';
import { signedRankCdf, signedRankSf } from '../../stats/signedRank';
import type { PairStats } from './pairs';
import { signedRankSums, type RankSums, type ZeroMethod } from './signedRanks';
import { permutationTails } from './permutation';
import { readAlternative } from './options';
import type { Alternative } from '../types';
import type { WilcoxonCompat, WilcoxonMethod, WilcoxonSignedRankOptions, WilcoxonSignedRankResult } from '../wilcoxonSignedRank';

const ZERO_METHODS: ReadonlyArray<ZeroMethod> = ['wilcox', 'pratt', 'zsplit'];
const COMPATS: ReadonlyArray<WilcoxonCompat> = ['R-4.2', 'scipy'];

function readExact(fn: string, value: unknown): 'auto' | boolean {
  if (value === undefined || value === 'auto') return 'auto';
  if (typeof value === 'boolean') return value;
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires exact to be 'auto', true or false (got ${describeValue(value)})`, path: optionPath('exact') });
}

/** The normal approximation of R ≤ 4.5 and scipy (mean and variance per zero method). */
function normalP(r: RankSums, n: number, zeroMethod: ZeroMethod, alternative: Alternative, correction: boolean): { z: number; p: number } {
  const m = zeroMethod === 'wilcox' ? r.nNonZero : n;
  let mean = (m * (m + 1)) / 4;
  let v = (m * (m + 1) * (2 * m + 1)) / 24 - r.tieCorrection / 48;
  if (zeroMethod === 'pratt') {
    const z0 = r.nZero;
    mean -= (z0 * (z0 + 1)) / 4;
    v -= (z0 * (z0 + 1) * (2 * z0 + 1)) / 24;
  }
  const sigma = Math.sqrt(v);
  const diff = r.tPlus - mean;
  const cc = !correction ? 0 : alternative === 'two-sided' ? Math.sign(diff) * 0.5 : alternative === 'greater' ? 0.5 : -0.5;
  const z = (diff - cc) / sigma;
  const p = alternative === 'less' ? normalCdf(z) : alternative === 'greater' ? normalSf(z) : Math.min(1, 2 * Math.min(normalCdf(z), normalSf(z)));
  return { z, p };
}

/** R's exact p-value (psignrank), no ties or zeros. */
function exactR(v: number, n: number, alternative: Alternative): number {
  if (alternative === 'greater') return signedRankSf(v - 1, n);
  if (alternative === 'less') return signedRankCdf(v, n);
  const p = v > (n * (n + 1)) / 4 ? signedRankSf(v - 1, n) : signedRankCdf(v, n);
  return Math.min(2 * p, 1);
}

/** scipy's `method='exact'`: the no-ties distribution of `count`, statistic rounded outwards (gh-19872). */
function exactScipy(tPlus: number, count: number, alternative: Alternative): number {
  const less = signedRankCdf(Math.ceil(tPlus), count);
  const greater = signedRankSf(Math.floor(tPlus) - 1, count);
  if (alternative === 'less') return less;
  if (alternative === 'greater') return greater;
  return Math.min(1, Math.max(0, 2 * Math.min(greater, less)));
}

/**
 * Runs the test on already-read pairs (shared with summarizeChange). `rankSums`, when given, supplies the signed-rank
 * sums (the change aggregate computes them from counts); by default they come from `stats.d`.
 */
export function wilcoxonFromPairs(fn: string, stats: PairStats, opts: Partial<WilcoxonSignedRankOptions>, rankSums?: (zeroMethod: ZeroMethod, withGroups: boolean) => RankSums): WilcoxonSignedRankResult {
  const alternative = readAlternative(fn, opts.alternative);
  const compat = opts.compat === undefined ? 'R-4.2' : oneOf(fn, 'compat', opts.compat, COMPATS);
  const exact = readExact(fn, opts.exact);
  const correction = booleanOption(fn, 'correction', opts.correction, compat === 'R-4.2');
  const zeroMethod = opts.zeroMethod === undefined ? 'wilcox' : oneOf(fn, 'zeroMethod', opts.zeroMethod, ZERO_METHODS);
  const n = stats.n;
  atLeast(fn, 'pairs', n, 1, ['pre']);
  const nNonZero = stats.nPositive + stats.nNegative;
  if (nNonZero === 0) {
    throw new InsufficientDataError({
      code: 'zero-variance',
      message: `${fn} requires at least one non-zero change (got ${n} pairs, all with post equal to pre)`,
      path: ['post'],
    });
  }
  const span = stats.integers ? stats.maxD - stats.minD : -1;
  const smallScipy = compat === 'scipy' && exact === 'auto' && n <= 13;
  const r = rankSums !== undefined ? rankSums(zeroMethod, smallScipy) : signedRankSums(stats.d, zeroMethod, span, stats.minD, smallScipy);
  const tiesOrZeros = r.tiedGroups > 0 || r.nZero > 0;

  let method: WilcoxonMethod = 'normal';
  let note: WilcoxonSignedRankResult['note'];
  let pValue = 0;
  let z: number | undefined;
  if (compat === 'R-4.2') {
    const wantExact = exact === 'auto' ? nNonZero < 50 : exact;
    if (wantExact && !tiesOrZeros) {
      method = 'exact';
      pValue = exactR(r.tPlus, nNonZero, alternative);
    } else if (wantExact) {
      note = 'ties-or-zeros-normal';
    }
  } else if (exact === true) {
    method = 'exact';
    pValue = exactScipy(r.tPlus, zeroMethod === 'wilcox' ? nNonZero : n, alternative);
    if (tiesOrZeros) note = 'ties-or-zeros-rounded';
  } else if (exact === 'auto' && n <= 50) {
    if (!tiesOrZeros) {
      method = 'exact';
      pValue = exactScipy(r.tPlus, zeroMethod === 'wilcox' ? nNonZero : n, alternative);
    } else if (n <= 13) {
      method = 'permutation';
      const constant = zeroMethod === 'zsplit' ? (r.nZero * (r.nZero + 1)) / 2 : 0;
      const tails = permutationTails(r.groupSizes ?? [], r.groupRanks2 ?? [], 2 * r.tPlus - constant);
      pValue = alternative === 'less' ? tails.less : alternative === 'greater' ? tails.greater : Math.min(1, 2 * Math.min(tails.less, tails.greater));
    }
  }
  if (method === 'normal') {
    const res = normalP(r, n, zeroMethod, alternative, correction);
    z = res.z;
    pValue = res.p;
  }
  const statistic = compat === 'scipy' && alternative === 'two-sided' ? Math.min(r.tPlus, r.tMinus) : r.tPlus;
  return {
    n,
    nNonZero,
    zeros: r.nZero,
    ties: r.tiedValues,
    tieGroups: r.tiedGroups,
    statistic,
    tPlus: r.tPlus,
    tMinus: r.tMinus,
    ...(z === undefined ? {} : { z }),
    pValue,
    method,
    correction: method === 'normal' && correction,
    alternative,
    zeroMethod,
    compat,
    ...(note === undefined ? {} : { note }),
  };
}

