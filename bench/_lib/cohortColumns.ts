// Bench data: the synthetic cohort (src/report/generateCohort) turned into the long-form change rows the report
// summarises — one row per client × instrument × Prevention First outcome with a baseline and a follow-up — both as
// objects (the public row API) and as columns (typed arrays + dictionary codes) for the columnar paths and baselines.
import { cachedCohort } from './cohortCache';
import { pairReadings } from '../../src/outcomes/pairReadings';
import { mapPairsToPrimaryOutcomes } from '../../src/outcomes/mapPairsToPrimaryOutcomes';
import type { ChangeRow } from '../../src/change';
import type { ClientRecord } from '../../src/schema/clientRecord';

/** Long-form change rows in two layouts. */
export interface ChangeColumns {
  /** Number of clients in the cohort. */
  clients: number;
  /** Number of readings in the cohort. */
  readings: number;
  /** Number of rows (client × instrument × outcome pairs). */
  n: number;
  provider: string[];
  outcome: string[];
  /** Dictionary codes of provider / outcome (index into the level lists). */
  providerCode: Int32Array;
  outcomeCode: Int32Array;
  providerLevels: string[];
  outcomeLevels: string[];
  pre: Float64Array;
  post: Float64Array;
  /** The same rows as objects `{ provider, outcome, pre, post }`. */
  rows: ChangeRow[];
  /** Milliseconds spent in generateCohort (or reading its cache), pairReadings and mapPairsToPrimaryOutcomes. */
  timings: { generate: number; pair: number; map: number };
}

function codes(values: string[]): { code: Int32Array; levels: string[] } {
  const levels = [...new Set(values)].sort();
  const index = new Map(levels.map((l, i) => [l, i]));
  const code = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) code[i] = index.get(values[i] as string) as number;
  return { code, levels };
}

/** Change rows from already generated records. */
export function columnsFromRecords(records: ReadonlyArray<ClientRecord>, generateMs = 0): ChangeColumns {
  const providerOf = new Map<string, string>();
  const all = [];
  let readings = 0;
  for (const r of records) {
    providerOf.set(r.clientId, r.providerId ?? 'none');
    for (const rd of r.readings) all.push(rd);
    readings += r.readings.length;
  }
  let t = performance.now();
  const paired = pairReadings(all, { onInvalid: 'exclude' });
  const pairMs = performance.now() - t;
  t = performance.now();
  const mapped = mapPairsToPrimaryOutcomes(paired.pairs, { missingAreas: 'use-available' });
  const mapMs = performance.now() - t;
  const n = mapped.rows.length;
  const provider = new Array<string>(n), outcome = new Array<string>(n);
  const pre = new Float64Array(n), post = new Float64Array(n);
  const rows = new Array<ChangeRow>(n);
  for (let i = 0; i < n; i++) {
    const r = mapped.rows[i] as (typeof mapped.rows)[number];
    const p = providerOf.get(r.clientId) as string;
    provider[i] = p; outcome[i] = r.outcomeId; pre[i] = r.pre; post[i] = r.post;
    rows[i] = { provider: p, outcome: r.outcomeId, pre: r.pre, post: r.post };
  }
  const pc = codes(provider), oc = codes(outcome);
  return {
    clients: records.length, readings, n, provider, outcome, providerCode: pc.code, outcomeCode: oc.code,
    providerLevels: pc.levels, outcomeLevels: oc.levels, pre, post, rows, timings: { generate: generateMs, pair: pairMs, map: mapMs },
  };
}

/** `clients` synthetic clients (seeded; generated once, then read from the bench/.data cache) as change rows. */
export function cohortColumns(clients: number, seed = 'bench'): ChangeColumns {
  const { records, source } = cachedCohort(clients, seed);
  return columnsFromRecords(records, source.ms);
}
