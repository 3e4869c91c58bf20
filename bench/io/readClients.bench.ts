// `npm run bench`: the CLI's read of a records file, as an analyst runs it (`social-outcomes report file.csv`). A
// long-form file of BENCH_CLI_CLIENTS synthetic clients (default 100,000; about 3.4 rows each) is generated once into
// bench/.data/ (gitignored), then read into one record per client in separate child processes (bundled with esbuild),
// so that time and peak RSS are each way's own:
//   two-steps  parseFile + normaliseRecords: every row's record held to the end, and each checked against the record
//              standard twice (by the reader, then again by normaliseRecords, which takes records from anywhere);
//   merged     the CLI's reader: the same reader, batches of 8,192 rows merged per client as they are read.
// Both must give the same clients, issues and counts (a digest of each is compared; the bench fails otherwise).
// Speed is reported, not asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { bench, describe } from 'vitest';
import { recordResults } from '../_lib/results';
import { toCsv } from '../../src/io';
import { generateCohort } from '../../src/report/generateCohort';

const CLIENTS = Number(process.env.BENCH_CLI_CLIENTS ?? 100_000);
const SEED = 20240331;
const dataDir = new URL('../.data/', import.meta.url).pathname;
mkdirSync(dataDir, { recursive: true });
const csvPath = join(dataDir, `cohort-long-${CLIENTS}-${SEED}.csv`);
if (!existsSync(csvPath)) {
  writeFileSync(`${csvPath}.tmp`, toCsv(generateCohort({ n: CLIENTS, seed: SEED, area: 'E08000025', year: 2023 }), { shape: 'long', eol: '\n' }));
  renameSync(`${csvPath}.tmp`, csvPath);
}
const child = join(dataDir, 'readClientsChild.mjs');
buildSync({ entryPoints: [new URL('./readClientsChild.ts', import.meta.url).pathname], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile: child, logLevel: 'error' });

interface ChildResult { mode: string; ms: number; peakMb: number; rows: number; clients: number; issues: number; digest: string }
const run = (mode: string): ChildResult => {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', child, mode, csvPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() as string) as ChildResult;
};

console.log(`CLI read: ${CLIENTS.toLocaleString('en-GB')} clients, ${(statSync(csvPath).size / 2 ** 20).toFixed(1)} MB (${csvPath})`);
const results: Record<string, ChildResult> = {};
for (const mode of ['two-steps', 'merged', 'two-steps', 'merged']) {
  const r = run(mode);
  const prev = results[mode];
  if (prev === undefined || r.ms < prev.ms) results[mode] = r;
  console.log(`  ${mode.padEnd(10)} ${r.ms.toFixed(0).padStart(7)} ms  peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB  (${r.rows.toLocaleString('en-GB')} rows → ${r.clients.toLocaleString('en-GB')} clients, ${r.issues} issues, digest ${r.digest})`);
}
const a = results['two-steps'] as ChildResult, b = results.merged as ChildResult;
console.log(`  merged / two-steps (best of two each): time ${(b.ms / a.ms).toFixed(2)}×, peak RSS ${(b.peakMb / a.peakMb).toFixed(2)}×`);
recordResults('readClients', { clients: CLIENTS, seed: SEED, results, ratioTime: b.ms / a.ms, ratioPeak: b.peakMb / a.peakMb });
if (a.digest !== b.digest || a.clients !== b.clients || a.issues !== b.issues) throw new Error(`the CLI's reader disagrees with parseFile + normaliseRecords (${a.digest} vs ${b.digest})`);

describe('io', () => {
  bench('CLI read of a cohort file (recorded above, child processes)', () => { /* timings printed above */ }, { iterations: 1, time: 0 });
});
