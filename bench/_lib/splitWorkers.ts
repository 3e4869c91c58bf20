// A Node-only helper for the benches: runs a bundled worker module on k slices of shared columns in worker threads
// and returns each worker's message. The worker source (TypeScript) is bundled once with esbuild (a devDependency),
// because worker threads cannot load TypeScript directly on Node 20.
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/** Bundles `entry` (a .ts worker module) to a temporary .mjs file; returns its path and a cleanup function. */
export function bundleWorker(entry: string): { file: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'so-worker-'));
  const file = join(dir, 'worker.mjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Long-lived workers that answer one message per task. */
export class WorkerPool {
  private readonly workers: Worker[];
  constructor(file: string, size: number, workerData: unknown) {
    this.workers = Array.from({ length: size }, () => new Worker(file, { workerData }));
  }
  /** Sends task i to worker i and resolves with every reply. */
  run<T>(tasks: ReadonlyArray<unknown>): Promise<T[]> {
    return Promise.all(tasks.map((task, i) => new Promise<T>((resolve, reject) => {
      const w = this.workers[i % this.workers.length] as Worker;
      const onMessage = (m: T): void => { w.off('error', onError); resolve(m); };
      const onError = (e: Error): void => { w.off('message', onMessage); reject(e); };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(task);
    })));
  }
  /** Terminates the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
