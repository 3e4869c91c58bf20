/**
 * `createReportWorker`: `buildReport` on two cores (Node only).
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { BuildReportConfig } from '../report/buildReport';
import { buildReportWith } from '../report/_internal/buildWith';
import type { ReportModel } from '../report/reportModel';
import type { ClientRecord } from '../schema/clientRecord';
import { inlineEquity, type EquityInput, type EquityResults, type EquityRunner } from '../report/_internal/equityRun';
import { InvalidInputError, SocialOutcomesError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { integerInRange, optionsObject } from '../_internal/validate';

/** Options of {@link createReportWorker}. */
export interface CreateReportWorkerOptions {
  /**
   * The worker script. Default: `equityWorker.js` (`.cjs` from CommonJS) of the installed package's `dist/io`.
   * When it is not found (running from the TypeScript sources), the comparisons run on the calling thread.
   */
  readonly workerFile?: string | URL;
  /**
   * How long `buildReport` waits for the worker's answer before it throws a `SocialOutcomesError` (code
   * `io-failure`), in milliseconds. A worker that exits, or does not start within 20 s, fails sooner.
   *
   * @defaultValue 60000
   */
  readonly timeoutMs?: number;
}

/** A worker thread that builds reports with {@link createReportWorker}. */
export interface ReportWorker {
  /** Builds the report: the same model as `buildReport`, byte for byte, with the equity comparisons on the worker. */
  buildReport(records: ReadonlyArray<ClientRecord>, config: BuildReportConfig): ReportModel;
  /** True when a worker thread runs the comparisons; false when its script was not found and they run inline. */
  readonly threaded: boolean;
  /** Stops the worker thread. */
  close(): Promise<void>;
}

const FN = 'createReportWorker';
/** How long a worker may take to start before a build gives up (at most the build's own timeout). */
const START_MS = 20_000;

/** An error raised on the worker, as the class it had there (built-in classes; others as Error). */
function rebuild(e: { name: string; message: string }): Error {
  const Ctor = ({ TypeError, RangeError, ReferenceError, SyntaxError } as Record<string, ErrorConstructor>)[e.name] ?? Error;
  const out = new Ctor(e.message);
  if (out.name !== e.name) out.name = e.name;
  return out;
}

/** The worker script given as an option: an existing file, as a path or a file: URL. */
function workerFileOption(value: unknown): string {
  const path = value instanceof URL ? (value.protocol === 'file:' ? fileURLToPath(value) : undefined) : typeof value === 'string' && value !== '' ? value : undefined;
  if (path === undefined || !existsSync(path)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${FN} requires workerFile to be the path or file: URL of an existing script (got ${describeValue(value)})`, path: ['options', 'workerFile'] });
  }
  return path;
}

/** The built worker script next to this module (dist/io or a chunk in dist), or undefined. */
function defaultWorkerFile(): string | undefined {
  const cjs = typeof __filename === 'string';
  const here = cjs ? pathToFileURL(__filename).href : import.meta.url;
  const ext = cjs ? 'cjs' : 'js';
  for (const rel of [`./equityWorker.${ext}`, `./io/equityWorker.${ext}`, `../io/equityWorker.${ext}`]) {
    const file = fileURLToPath(new URL(rel, here));
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Starts a worker thread that builds reports on two cores: `buildReport` runs as usual on the calling thread, and
 * the equity comparisons (`outcomeByGroup` for every outcome and characteristic: about a fifth of the work at a
 * million clients) run meanwhile on the worker, from the pairs and record codes, which are copied to it. The call
 * stays synchronous: the calling thread waits for the worker's answer with `Atomics.wait` and reads it with
 * `receiveMessageOnPort`. The model is the same as `buildReport`'s, byte for byte (the same function computes the
 * comparisons on either thread). Keep one worker for many reports: starting one takes tens of milliseconds, which
 * is worth it from about 100,000 clients.
 *
 * **References** Node.js `worker_threads` (`receiveMessageOnPort`, `Atomics.wait` on the main thread).
 *
 * @param options - the worker script and the time to wait for it
 * @returns the worker: `buildReport(records, config)`, `threaded`, `close()`
 * @throws {InvalidInputError} when an option is unknown, `workerFile` is not an existing file, or `timeoutMs` is not
 *   a whole number of milliseconds from 1 to 86,400,000; the worker's `buildReport` throws `SocialOutcomesError`
 *   (code `io-failure`) when the worker is closed, failed, exited, or did not answer in time
 * @example
 * ```ts
 * import { createReportWorker } from 'social-outcomes/io';
 * import { generateCohort } from 'social-outcomes/report';
 * const worker = createReportWorker();
 * const model = worker.buildReport(generateCohort({ n: 300, seed: 7 }), { area: 'E08000025', period: '2023-24', generated: '2024-06-30' });
 * model.meta.area.name //=> 'Birmingham'
 * await worker.close();
 * ```
 */
export function createReportWorker(options?: CreateReportWorkerOptions): ReportWorker {
  const o = optionsObject(FN, options, ['workerFile', 'timeoutMs']);
  const timeoutMs = o.timeoutMs === undefined ? 60_000 : integerInRange(FN, 'timeoutMs', o.timeoutMs, { min: 1, max: 86_400_000 }, ['options', 'timeoutMs']);
  const file = o.workerFile === undefined ? defaultWorkerFile() : workerFileOption(o.workerFile);
  if (file === undefined) {
    return { threaded: false, buildReport: (records, config) => buildReportWith(records, config, inlineEquity), close: async () => {} };
  }
  const state = new SharedArrayBuffer(12);
  /** [0] answers posted, [1] 1 once the worker has started, [2] 1 once it is exiting (set by the worker). */
  const shared = new Int32Array(state);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(file, { workerData: { port: port2, state }, transferList: [port2] });
  // Neither keeps the process alive: a script that forgets close() still exits.
  worker.unref();
  port1.unref();
  // Events cannot arrive while the calling thread waits, so the wait reads the shared state; an error event (the
  // script would not load) is kept for the next build.
  let failure: Error | undefined;
  let closed = false;
  worker.on('error', (e: Error) => { failure = e; });
  const fail = (message: string): SocialOutcomesError => new SocialOutcomesError({ code: 'io-failure', message: `${FN}: ${message}` });
  const startMs = Math.min(timeoutMs, START_MS);
  let jobs = 0, seen = 0;
  const runner: EquityRunner = {
    start(input: EquityInput) {
      if (closed) throw fail('the worker is closed');
      if (failure !== undefined) throw fail(`the worker failed (${failure.message})`);
      const id = ++jobs;
      port1.postMessage({ id, input });
      return () => {
        const begun = Date.now();
        for (;;) {
          const m = receiveMessageOnPort(port1) as { message: { id: number; results?: EquityResults; error?: { name: string; message: string } } } | undefined;
          if (m !== undefined) {
            seen++;
            if (m.message.id !== id) continue;
            if (m.message.error !== undefined) throw rebuild(m.message.error);
            return m.message.results as EquityResults;
          }
          const waited = Date.now() - begun;
          if (Atomics.load(shared, 2) === 1) throw fail('the worker exited before it answered');
          if (Atomics.load(shared, 1) === 0 && waited >= startMs) throw fail(`the worker did not start within ${startMs} ms`);
          if (waited >= timeoutMs) throw fail(`no answer within ${timeoutMs} ms`);
          Atomics.wait(shared, 0, seen, Math.min(timeoutMs - waited, 200));
        }
      };
    },
  };
  return {
    threaded: true,
    buildReport: (records, config) => buildReportWith(records, config, runner),
    close: async () => {
      closed = true;
      port1.close();
      await worker.terminate();
    },
  };
}
