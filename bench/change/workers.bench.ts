// `npm run bench`: the 2-worker split of the group-by change states on the largest cohort (1M clients by default;
// BENCH_WORKER_SIZE=100000 for a quicker run), with the speed-up over one thread.
import { bench, describe } from 'vitest';
import { cohortColumns } from '../_lib/cohortColumns';
import { recordResults } from '../_lib/results';
import { runWorkers } from './workersSuite';

const n = Number(process.env.BENCH_WORKER_SIZE ?? 1_000_000);
const result = await runWorkers(cohortColumns(n, 'bench'), 2);
recordResults('workers', { clients: n, ...result });

describe('change workers', () => {
  bench('recorded above (2-worker split)', () => { /* the timings are printed by runWorkers */ }, { iterations: 1, time: 0 });
});
