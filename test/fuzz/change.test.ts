// Fuzz suite for social-outcomes/change (issue 10): every export, seeded, bounded (FUZZ_RUNS=n for more).
import * as ns from 'social-outcomes/change';
import type { FuzzSpec } from './_harness';
import { fuzzModule } from './_suite';

const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 4];
const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 6];
const rows = [
  { provider: 'A', outcome: 'housing', pre: 3, post: 5 }, { provider: 'A', outcome: 'housing', pre: 4, post: 6 },
  { provider: 'A', outcome: 'housing', pre: 5, post: 5 }, { provider: 'B', outcome: 'housing', pre: 2, post: 1 },
  { provider: 'B', outcome: 'housing', pre: 2, post: 4 }, { provider: 'B', outcome: 'housing', pre: 3, post: 4 },
];
// one-sided confidence intervals are unbounded on one side, as in R.
const oneSided: ReadonlyArray<RegExp> = [/(^|\.)ci\.(lower|upper)$/, /confidenceInterval\.(lower|upper)$/];

const specs: Record<string, FuzzSpec> = {
  pairedTTest: { infinite: oneSided, seeds: () => [[pre, post], [pre, post, { alternative: 'greater', confidence: 0.9, range: { min: 1, max: 10 } }]] },
  wilcoxonSignedRank: { infinite: oneSided, seeds: () => [[pre, post], [pre, post, { compat: 'scipy' }]] },
  signTest: { infinite: oneSided, seeds: () => [[pre, post], [pre, post, { alternative: 'less' }]] },
  mcnemarTest: { seeds: () => [[[0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0], [1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1]], [[0, 0, 0, 1, 1], [1, 1, 0, 1, 0], { exact: true }]] },
  effectSizes: { seeds: () => [[pre, post], [pre, post, { confidence: 0.9 }]] },
  reliableChange: { seeds: () => [[[40, 42, 38, 45], [52, 41, 37, 60], { reliability: 0.91, sd: 8.96 }]] },
  summarizeChange: { seeds: () => [[pre, post], [pre, post, { range: { min: 1, max: 10 } }]] },
  changeAggregate: {
    // drives the aggregate: add pairs one at a time into two parts, merge, finalize; and stateOf
    seeds: () => [[pre, post, { range: { min: 1, max: 10 } }]],
    call: (factory, [a, b, options]) => {
      const agg = (factory as typeof ns.changeAggregate)(options as ns.SummarizeChangeOptions);
      const xs = (Array.isArray(a) ? a : [a]) as number[];
      const ys = (Array.isArray(b) ? b : [b]) as number[];
      let s1 = agg.init();
      let s2 = agg.init();
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        const pair = { pre: xs[i] as number, post: ys[i] as number };
        if (i % 2 === 0) s1 = agg.add(s1, pair);
        else s2 = agg.add(s2, pair);
      }
      return { merged: agg.finalize(agg.merge(s1, s2)), whole: agg.finalize(agg.stateOf(a as number[], b as number[])) };
    },
  },
  changeStatesBy: { seeds: () => [[rows, { by: ['provider'] }], [rows, { by: ['provider', 'outcome'] }]] },
  mergeChangeStatesBy: {
    seeds: () => [[[ns.changeStatesBy(rows.slice(0, 3), { by: ['provider'] }), ns.changeStatesBy(rows.slice(3), { by: ['provider'] })]]],
  },
  summarizeChangeStatesBy: { seeds: () => [[ns.changeStatesBy(rows, { by: ['provider'] }), { by: ['provider'] }]] },
  summarizeChangeBy: { seeds: () => [[rows, { by: ['provider', 'outcome'], range: { min: 1, max: 10 } }]] },
};

fuzzModule('change', ns as unknown as Record<string, unknown>, specs);
