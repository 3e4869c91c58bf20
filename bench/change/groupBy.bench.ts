// `npm run bench`: the group-by-provider × outcome change summary at 10k, 100k and 1M synthetic clients (about 4
// readings each), with the baselines and ratios of issue 9. Set BENCH_SIZES=10000,100000 to run fewer sizes.
import { bench, describe } from 'vitest';
import { cohortColumns, type ChangeColumns } from '../_lib/cohortColumns';
import { runSize, type SizeResult } from './groupBySuite';
import { changeStatesBy } from '../../src/change';
import { recordResults } from '../_lib/results';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const results: SizeResult[] = [];
let last: ChangeColumns | undefined;
for (const n of sizes) {
  last = undefined; // let the previous cohort go before generating the next
  const c = cohortColumns(n, 'bench');
  console.log(`cohort ${n}: generate ${c.timings.generate.toFixed(0)} ms, pairReadings ${c.timings.pair.toFixed(0)} ms, mapPairsToPrimaryOutcomes ${c.timings.map.toFixed(0)} ms`);
  results.push(await runSize(c));
  last = c;
}
recordResults('groupBy', results);

describe('change group-by', () => {
  bench('changeStatesBy, largest cohort', () => { if (last) changeStatesBy(last.rows, { by: ['provider', 'outcome'] }); }, { iterations: 3, time: 0 });
});
