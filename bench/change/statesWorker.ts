// Worker for workers.bench.ts: computes changeStatesBy on rows [lo, hi) of the shared columns and posts the states.
import { parentPort, workerData } from 'node:worker_threads';
import { changeStatesBy } from '../../src/change';

const { provider, outcome, pre, post } = workerData as { provider: SharedArrayBuffer; outcome: SharedArrayBuffer; pre: SharedArrayBuffer; post: SharedArrayBuffer };
const p = new Int32Array(provider), o = new Int32Array(outcome), x = new Float64Array(pre), y = new Float64Array(post);
parentPort?.on('message', (task: { lo: number; hi: number }) => {
  const { lo, hi } = task;
  const states = changeStatesBy({ provider: p.subarray(lo, hi), outcome: o.subarray(lo, hi), pre: x.subarray(lo, hi), post: y.subarray(lo, hi) }, { by: ['provider', 'outcome'] });
  parentPort?.postMessage(states);
});
