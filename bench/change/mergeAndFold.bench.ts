// Merging and folding change states with continuous scores, where nearly every (pre, post) pair is distinct:
// mergeChangeStatesBy of 128k rows in 4 groups split into 16 and into 256 parts (balanced merging: the time should
// grow about as log P, not as P), and changeAggregate.add folded over 4,000 and 16,000 pairs (each add copies the
// state, so the fold grows as n²; stateOf of the same pairs is shown beside it).
import { bench, describe } from 'vitest';
import { changeAggregate, changeStatesBy, mergeChangeStatesBy, type GroupedChangeStates } from '../../src/change';
import { seededRandom } from '../../src/stats/seededRandom';

const rand = seededRandom(20240607);
function columns(n: number): { provider: Int32Array; pre: Float64Array; post: Float64Array } {
  const provider = new Int32Array(n), pre = new Float64Array(n), post = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    provider[i] = Math.floor(rand() * 4);
    pre[i] = rand();
    post[i] = Math.min(1, Math.max(0, (pre[i] as number) + (rand() - 0.4) * 0.3));
  }
  return { provider, pre, post };
}
const partsOf = (p: number): GroupedChangeStates[] => Array.from({ length: p }, () => changeStatesBy(columns(Math.floor(131_072 / p)), { by: ['provider'] }));
const parts16 = partsOf(16), parts256 = partsOf(256);

describe('mergeChangeStatesBy, 128k continuous rows', () => {
  bench('16 parts', () => { mergeChangeStatesBy(parts16); }, { iterations: 5, time: 0 });
  bench('256 parts', () => { mergeChangeStatesBy(parts256); }, { iterations: 5, time: 0 });
});

const agg = changeAggregate({ range: { min: 0, max: 1 } });
const small = columns(4000), large = columns(16_000);
const fold = (c: { pre: Float64Array; post: Float64Array }): void => {
  let s = agg.init();
  for (let i = 0; i < c.pre.length; i++) s = agg.add(s, { pre: c.pre[i] as number, post: c.post[i] as number });
};

describe('changeAggregate, continuous pairs', () => {
  bench('add folded over 4,000 pairs', () => { fold(small); }, { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
  bench('add folded over 16,000 pairs', () => { fold(large); }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
  bench('stateOf 16,000 pairs', () => { agg.stateOf(large.pre, large.post); }, { iterations: 5, time: 0 });
});
