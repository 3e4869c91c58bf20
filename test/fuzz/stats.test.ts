// Fuzz suite for social-outcomes/stats (issue 10): every export, seeded, bounded (FUZZ_RUNS=n for more).
import * as ns from 'social-outcomes/stats';
import type { FuzzSpec } from './_harness';
import { fuzzModule } from './_suite';

type Fn = (...a: unknown[]) => unknown;
const dist = (...seeds: unknown[][]): FuzzSpec => ({ seeds: () => seeds });
// p = 0 and p = 1 give the quantile's limits (±Infinity), as R's q* functions do.
const quantile = (...seeds: unknown[][]): FuzzSpec => ({ seeds: () => seeds, infinite: [/^$/] });
// one-sided confidence intervals are unbounded on one side, as in R's t.test.
const oneSided: ReadonlyArray<RegExp> = [/^confidenceInterval\.(lower|upper)$/];

const specs: Record<string, FuzzSpec> = {
  normalPdf: dist([0.5, { mean: 1, sd: 2 }], [-1]),
  normalCdf: dist([0.5, { mean: 1, sd: 2 }], [-1]),
  normalSf: dist([0.5, { mean: 1, sd: 2 }], [3]),
  normalQuantile: quantile([0.975, { mean: 1, sd: 2 }], [0.5]),
  studentTCdf: dist([1.5, 7], [-2, 0.5]),
  studentTSf: dist([1.5, 7], [30, 2]),
  studentTQuantile: quantile([0.975, 7], [0.01, 1.5]),
  chiSquaredCdf: dist([3.2, 4], [0, 1]),
  chiSquaredSf: dist([3.2, 4], [50, 2.5]),
  chiSquaredQuantile: quantile([0.95, 4], [0.1, 0.5]),
  fCdf: dist([2.1, 3, 20]),
  fSf: dist([2.1, 3, 20]),
  fQuantile: quantile([0.95, 3, 20]),
  betaCdf: dist([0.3, 2, 5]),
  betaSf: dist([0.3, 2, 5]),
  betaQuantile: quantile([0.3, 2, 5]),
  binomialPmf: dist([3, 10, 0.4]),
  binomialCdf: dist([3, 10, 0.4]),
  binomialSf: dist([3, 10, 0.4]),
  poissonPmf: dist([3, 2.5]),
  poissonCdf: dist([3, 2.5]),
  poissonSf: dist([3, 2.5]),
  signedRankPmf: dist([10, 8]),
  signedRankCdf: dist([10, 8]),
  signedRankSf: dist([10, 8]),
  wilsonInterval: dist([7, 20, { confidence: 0.9, correction: true }], [0, 5]),
  clopperPearsonInterval: dist([7, 20, { confidence: 0.9 }], [20, 20]),
  agrestiCoullInterval: dist([7, 20, { confidence: 0.9 }], [0, 3]),
  newcombeInterval: dist([7, 20, 12, 25, { confidence: 0.9, correction: false }]),
  tInterval: dist([[3, 5, 4, 6, 8], { confidence: 0.9 }]),
  tIntervalFromSummary: dist([{ n: 12, mean: 3.5, sd: 1.2 }, { confidence: 0.99 }]),
  poissonInterval: dist([7, { confidence: 0.9, method: 'byar', exposure: 100 }], [0]),
  pAdjust: dist([[0.01, 0.04, 0.03, 0.2], 'BH'], [[0.5, 0.001], 'holm']),
  rankWithTies: dist([[3, 1, 4, 1, 5, 9, 2, 6]]),
  momentsOf: dist([[3, 1, 4, 1, 5, 9, 2, 6]]),
  describe: dist([[3, 1, 4, 1, 5, 9, 2, 6]]),
  seededRandom: { labels: true, functionsAllowed: true, seeds: () => [[42], ['provider-a']], call: (f, a) => { const r = (f as Fn)(...a) as () => number; return [r(), r(), r()]; } },
  // the Monte-Carlo seed is a label: 7 and "7" are different seeds
  chiSquaredGoodnessOfFit: { labels: true, seeds: () => [[[18, 22, 30, 30], { p: [0.25, 0.25, 0.25, 0.25] }], [[5, 3, 2], { method: 'monte-carlo', simulations: 200, seed: 7 }]] },
  welchTTest: { infinite: oneSided, seeds: () => [[[3, 5, 4, 6, 8], [1, 2, 2, 3], { alternative: 'greater', confidence: 0.9, mu: 0.5 }]] },
  welchTTestFromSummary: { infinite: oneSided, seeds: () => [[{ n: 12, mean: 3.5, sd: 1.2 }, { n: 9, mean: 2.5, sd: 2 }, { alternative: 'less', mu: 0 }]] },
  chiSquaredIndependence: dist([[[12, 5], [7, 9]], { correction: true }], [[[3, 4, 5], [6, 7, 9]]]),
  kruskalWallis: dist([[[3, 5, 4], [1, 2, 2, 3], [7, 8, 6]]]),
  welchAnova: dist([[[3, 5, 4], [1, 2, 2, 3], [7, 8, 6, 9]]]),
  welchAnovaFromSummary: dist([[{ n: 12, mean: 3.5, sd: 1.2 }, { n: 9, mean: 2.5, sd: 2 }, { n: 5, mean: 4, sd: 0.5 }]]),
  riskRatio: dist([12, 40, 6, 38, { confidence: 0.9, correction: 'auto' }], [0, 40, 6, 38]),
  oddsRatio: dist([12, 40, 6, 38, { confidence: 0.9, correction: 'always' }], [0, 40, 6, 38]),
  moments: {
    // drives the aggregate contract: add each value, merge two halves, finalize
    seeds: () => [[[3, 1, 4, 1, 5, 9, 2, 6]]],
    call: (agg, [values]) => {
      const m = agg as unknown as typeof ns.moments;
      const xs = (Array.isArray(values) ? values : [values]) as number[];
      let a = m.init();
      let b = m.init();
      for (let i = 0; i < xs.length; i++) {
        if (i % 2 === 0) a = m.add(a, xs[i] as number);
        else b = m.add(b, xs[i] as number);
      }
      return m.finalize(m.merge(a, b));
    },
  },
};

fuzzModule('stats', ns as unknown as Record<string, unknown>, specs);
