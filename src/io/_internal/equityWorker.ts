// The worker thread of createReportWorker: computes the report's equity comparisons (computeEquity) for each job
// posted on its port, posts the results back, then counts the answer in the shared state so that the waiting
// thread wakes. The state also says that the worker has started and, when it can, that it has exited, because the
// waiting thread cannot receive events. Built to dist/io/equityWorker.{js,cjs}.
import { workerData, type MessagePort } from 'node:worker_threads';
import { computeEquity, type EquityInput } from '../../report/_internal/equityRun';

const { port, state } = workerData as { port: MessagePort; state: SharedArrayBuffer };
/** [0] answers posted, [1] 1 once started, [2] 1 once exiting. */
const shared = new Int32Array(state);

port.on('message', (job: { id: number; input: EquityInput }) => {
  try {
    port.postMessage({ id: job.id, results: computeEquity(job.input) });
  } catch (e) {
    const error = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
    port.postMessage({ id: job.id, error });
  }
  Atomics.add(shared, 0, 1);
  Atomics.notify(shared, 0);
});
process.on('exit', () => {
  Atomics.store(shared, 2, 1);
  Atomics.notify(shared, 0);
});
Atomics.store(shared, 1, 1);
Atomics.notify(shared, 0);
