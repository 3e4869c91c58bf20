// Child process of buildReport.bench.ts: loads n clients (bench/_lib/cohortCache: generated once, then cached), then times buildReport once warm-up-free (as a batch
// job runs it) and prints one JSON line with the timings and memory. Run under --expose-gc.
//
// Memory: generateCohort's own peak (~1.1 GB at 1M) would hide the report's, so after generating and a full GC the
// kernel's peak-RSS counter of this process is reset (`5` → /proc/self/clear_refs, Linux ≥ 4.0) and VmHWM is read
// after buildReport: `peakBuildMb` is the peak RSS while the records are held and the report is built, and
// `peakBuildMb − rssInputMb` is buildReport's own increment. `peakMb` is the whole process's peak (generation included).
import { readFileSync, writeFileSync } from 'node:fs';
import { cachedCohort } from '../_lib/cohortCache';
import { buildReport } from '../../src/report/buildReport';
import { createReportWorker } from '../../src/io/reportWorker';
import { generateCohort } from '../../src/report/generateCohort';

function hwmMb(): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const n = Number(process.argv[2]);
// BENCH_WORKER_FILE (set by the parent for the two-thread run): the worker is started before the records are loaded,
// as a long-lived worker would be, so its start-up is not timed.
const workerFile = process.env.BENCH_WORKER_FILE;
const worker = workerFile !== undefined ? createReportWorker({ workerFile }) : undefined;
const gc = (globalThis as { gc?: () => void }).gc;
let t = performance.now();
// BENCH_COHORT=generate: generate the cohort in this process instead of reading the cache (v8.deserialize of ~1 GB
// leaves its freed pages in the RSS, so "RSS with the records loaded" is then the records' own footprint).
const generated = process.env.BENCH_COHORT === 'generate';
const { records, source } = generated ? { records: generateCohort({ n, seed: 'bench' }), source: { cached: false } } : cachedCohort(n, 'bench');
const generateMs = performance.now() - t;
gc?.();
gc?.();
const rssInput = process.memoryUsage().rss / 2 ** 20;
const heapInput = process.memoryUsage().heapUsed / 2 ** 20;
const peakBefore = process.resourceUsage().maxRSS / 1024;
let reset = false;
try { writeFileSync('/proc/self/clear_refs', '5'); reset = true; } catch { /* not Linux: peakBuildMb is then the process peak */ }
t = performance.now();
const config = { area: 'E08000025', period: '2023-24', generated: '2024-06-30' };
const model = worker !== undefined ? worker.buildReport(records, config) : buildReport(records, config);
const buildMs = performance.now() - t;
const peakBuild = reset ? hwmMb() : undefined;
const peakAfter = process.resourceUsage().maxRSS / 1024;
const rssAfter = process.memoryUsage().rss / 2 ** 20;
console.log(JSON.stringify({
  n, threads: worker?.threaded === true ? 2 : 1, generateMs, cohortCached: source.cached, buildMs, rssInputMb: rssInput, heapInputMb: heapInput, peakBeforeBuildMb: peakBefore,
  peakBuildMb: peakBuild ?? peakAfter, buildIncrementMb: (peakBuild ?? peakAfter) - rssInput, peakResetWorked: reset,
  rssAfterMb: rssAfter, peakMb: peakAfter, sections: Object.keys(model).length,
}));
await worker?.close();
