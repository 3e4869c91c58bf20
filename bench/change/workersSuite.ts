// The 2-worker split of the 1M-client group-by: each worker computes changeStatesBy on half the rows (shared memory,
// no copy), the main thread merges the states with mergeChangeStatesBy and summarises them; compared with one thread.
import { changeStatesBy, mergeChangeStatesBy, summarizeChangeStatesBy, type GroupedChangeStates } from '../../src/change';
import type { ChangeColumns } from '../_lib/cohortColumns';
import { bundleWorker, WorkerPool } from '../_lib/splitWorkers';
import { ms, ratio } from '../_lib/measure';

const BY = ['provider', 'outcome'];

function shared<T extends Int32Array | Float64Array>(a: T): SharedArrayBuffer {
  const buf = new SharedArrayBuffer(a.byteLength);
  new Uint8Array(buf).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return buf;
}

async function median(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  return t[t.length >> 1] as number;
}

export interface WorkerResult { rows: number; workers: number; single: number; split: number; singleSummary: number; splitSummary: number; identical: boolean }

/** Times one thread against `k` workers on the same columns; checks the merged states equal the single-thread ones. */
export async function runWorkers(c: ChangeColumns, k = 2, runs = 9): Promise<WorkerResult> {
  const columns = { provider: c.providerCode, outcome: c.outcomeCode, pre: c.pre, post: c.post };
  const { file, dispose } = bundleWorker(new URL('./statesWorker.ts', import.meta.url).pathname);
  const pool = new WorkerPool(file, k, { provider: shared(c.providerCode), outcome: shared(c.outcomeCode), pre: shared(c.pre), post: shared(c.post) });
  try {
    const tasks = Array.from({ length: k }, (_, i) => ({ lo: Math.floor((i * c.n) / k), hi: Math.floor(((i + 1) * c.n) / k) }));
    const split = async (): Promise<GroupedChangeStates> => mergeChangeStatesBy(await pool.run<GroupedChangeStates>(tasks));
    const one = changeStatesBy(columns, { by: BY });
    const identical = JSON.stringify(await split()) === JSON.stringify(one);
    const r: WorkerResult = {
      rows: c.n, workers: k, identical,
      single: await median(() => changeStatesBy(columns, { by: BY }), runs),
      split: await median(split, runs),
      singleSummary: await median(() => summarizeChangeStatesBy(changeStatesBy(columns, { by: BY }), { by: BY }), runs),
      splitSummary: await median(async () => summarizeChangeStatesBy(await split(), { by: BY }), runs),
    };
    console.log(`\nworker threads: ${c.n.toLocaleString('en-GB')} rows, ${k} workers (median ms; merged states identical to one thread: ${identical})`);
    console.log(`  changeStatesBy, 1 thread                     ${ms(r.single).padStart(9)}`);
    console.log(`  ${k} workers + mergeChangeStatesBy              ${ms(r.split).padStart(9)}  speed-up ${ratio(r.single, r.split)}`);
    console.log(`  states + summarise, 1 thread                 ${ms(r.singleSummary).padStart(9)}`);
    console.log(`  ${k} workers + merge + summarise               ${ms(r.splitSummary).padStart(9)}  speed-up ${ratio(r.singleSummary, r.splitSummary)}`);
    return r;
  } finally {
    await pool.close();
    dispose();
  }
}
