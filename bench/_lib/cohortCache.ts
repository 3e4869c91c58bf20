// A disk cache of the synthetic cohorts for the benches (bench/.data is gitignored): generateCohort takes ~12–20 s and
// ~1.1 GB at 1M clients, so each size is generated once and stored with v8.serialize. The file name carries a hash of
// the generator's source files (SOURCES), so a changed generator
// regenerates instead of serving stale records.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { generateCohort } from '../../src/report/generateCohort';
import type { ClientRecord } from '../../src/schema/clientRecord';

// The repository root: beside this file when run from source; from $BENCH_ROOT or the working directory when bundled
// into a temporary child script (the benches run from the repository root).
const root = import.meta.url.includes('/bench/_lib/') ? new URL('../../', import.meta.url) : pathToFileURL(`${process.env.BENCH_ROOT ?? process.cwd()}/`);
const dataDir = new URL('bench/.data/', root);

/** The generator's own source files: a change to any of them invalidates the cache. */
const SOURCES = ['src/report/generateCohort.ts', 'src/report/_internal/days.ts', 'src/stats/seededRandom.ts', 'src/outcomes/swemwbsMetricScore.ts', 'src/data/census2021.ts'];

function generatorHash(): string {
  const h = createHash('sha256');
  for (const f of SOURCES) {
    const u = new URL(f, root);
    if (existsSync(u)) h.update(readFileSync(u));
  }
  return h.digest('hex').slice(0, 12);
}

type Loose = Record<string, unknown>;

/**
 * v8.deserialize gives every string value its own copy, so the deserialised cohort held 1.6 GB of heap against
 * 0.9 GB for the generated one (whose codes, dates and ids are shared instances), and the report then ran on a
 * different heap. This restores the sharing: each repeated string value becomes one instance, and each reading's
 * clientId the record's own.
 */
function internStrings(records: ClientRecord[]): ClientRecord[] {
  const pool = new Map<string, string>();
  const intern = (v: string): string => {
    const hit = pool.get(v);
    if (hit !== undefined) return hit;
    pool.set(v, v);
    return v;
  };
  const fields = (o: Loose, skip: string): void => {
    for (const k of Object.keys(o)) {
      if (k === skip) continue;
      const v = o[k];
      if (typeof v === 'string') o[k] = intern(v);
      else if (Array.isArray(v)) { for (let j = 0; j < v.length; j++) if (typeof v[j] === 'string') v[j] = intern(v[j] as string); }
      else if (v !== null && typeof v === 'object' && k !== 'readings') fields(v as Loose, '');
    }
  };
  for (const r of records) {
    fields(r as unknown as Loose, 'clientId');
    for (const rd of r.readings) {
      fields(rd as unknown as Loose, 'clientId');
      (rd as unknown as Loose).clientId = r.clientId;
    }
  }
  return records;
}

/** How the cohort was obtained, for the bench output. */
export interface CohortSource { file: string; cached: boolean; ms: number }

/** The `n`-client cohort for `seed`, read from bench/.data when present, else generated and stored there. */
export function cachedCohort(n: number, seed = 'bench'): { records: ClientRecord[]; source: CohortSource } {
  const file = new URL(`cohort-${n}-${seed}-${generatorHash()}.v8`, dataDir);
  const t = performance.now();
  if (process.env.BENCH_NO_CACHE !== '1' && existsSync(file)) {
    const records = internStrings(deserialize(readFileSync(file)) as ClientRecord[]);
    return { records, source: { file: file.pathname, cached: true, ms: performance.now() - t } };
  }
  const records = generateCohort({ n, seed });
  const ms = performance.now() - t;
  mkdirSync(dataDir, { recursive: true });
  const tmp = new URL(`${file.pathname.split('/').pop() as string}.${process.pid}.tmp`, dataDir);
  writeFileSync(tmp, serialize(records));
  renameSync(tmp, file);
  // Drop the copies made by an older generator (about 1 GB each at 1M clients).
  const name = file.pathname.split('/').pop() as string;
  for (const f of readdirSync(dataDir)) if (f.startsWith(`cohort-${n}-${seed}-`) && f.endsWith('.v8') && f !== name) rmSync(new URL(f, dataDir));
  return { records, source: { file: file.pathname, cached: false, ms } };
}
