// The worker thread of createReportWorker: computes the report's equity comparisons (computeEquity) for each job
// posted on its port, posts the results back, then counts the answer in the shared flag so that the waiting
// thread wakes. Built to dist/io/equityWorker.{js,cjs}.
import { workerData, type MessagePort } from 'node:worker_threads';
import { computeEquity, type EquityInput } from '../../report/_internal/equityRun';

const { port, flag } = workerData as { port: MessagePort; flag: SharedArrayBuffer };
const answered = new Int32Array(flag);

port.on('message', (job: { id: number; input: EquityInput }) => {
  try {
    port.postMessage({ id: job.id, results: computeEquity(job.input) });
  } catch (e) {
    const error = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
    port.postMessage({ id: job.id, error });
  }
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
});
