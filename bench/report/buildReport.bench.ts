// `npm run bench`: full buildReport at 10k, 100k and 1M clients, each in its own child process (bundled with esbuild)
// so that time and peak RSS are the report's own; with BENCH_PROFILE=1 the 1M run also writes a CPU profile and
// prints the functions with the most self time. Targets (issue 9): 1M clients under 3 s and under 1.5 GB peak.
// Each size runs on one thread (`buildReport`) and on two (`createReportWorker`, equity on a worker thread);
// BENCH_THREADS=1 or 2 runs one of them only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { bench, describe } from 'vitest';
import { topSelf } from '../_lib/cpuProfile';
import { recordResults } from '../_lib/results';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'so-report-'));
const file = join(dir, 'child.mjs');
buildSync({ entryPoints: [new URL('./buildReportChild.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
// The report worker's thread script, bundled as the package build does (worker threads cannot load TypeScript).
const workerFile = join(dir, 'equityWorker.mjs');
buildSync({ entryPoints: [new URL('../../src/io/_internal/equityWorker.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: workerFile, logLevel: 'error' });
const threadCounts = (process.env.BENCH_THREADS ?? '1,2').split(',').map(Number);

const results: unknown[] = [];
try {
  for (const n of sizes) for (const threads of threadCounts) {
    const profile = process.env.BENCH_PROFILE === '1' && n === Math.max(...sizes) && threads === threadCounts[0];
    const profDir = join(dir, `prof-${n}`);
    const args = ['--expose-gc', '--max-old-space-size=8192', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), file, String(n)];
    try {
      const env = { ...process.env, ...(threads === 2 ? { BENCH_WORKER_FILE: workerFile } : {}) };
      const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24, env });
      const r = JSON.parse(out.trim().split('\n').pop() as string) as { n: number; threads: number; generateMs: number; cohortCached: boolean; buildMs: number; rssInputMb: number; peakMb: number; peakBeforeBuildMb: number; peakBuildMb: number; buildIncrementMb: number };
      const top = profile ? topSelf(join(profDir, readdirSync(profDir)[0] as string), 15) : undefined;
      results.push({ ...r, top });
      console.log(`buildReport ${n.toLocaleString('en-GB')} clients, ${r.threads === 2 ? '2 threads (createReportWorker)' : '1 thread (buildReport)'}: ${r.buildMs.toFixed(0)} ms (target < 3000 ms at 1M); RSS with the records loaded ${r.rssInputMb.toFixed(0)} MB, peak while building ${r.peakBuildMb.toFixed(0)} MB (buildReport's increment ${r.buildIncrementMb.toFixed(0)} MB; target < 1536 MB), process peak (maxRSS) ${r.peakMb.toFixed(0)} MB; cohort ${r.cohortCached ? 'read from cache' : 'generated'} in ${r.generateMs.toFixed(0)} ms`);
      if (top) for (const t of top) console.log(`    ${t.ms.toFixed(0).padStart(7)} ms self  ${t.fn}`);
    } catch (e) {
      results.push({ n, error: (e as Error).message.split('\n').slice(0, 3).join(' ') });
      console.log(`buildReport ${n}: failed: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
recordResults('buildReport', results);

describe('report', () => {
  bench('recorded above (child processes)', () => { /* timings printed above */ }, { iterations: 1, time: 0 });
});
