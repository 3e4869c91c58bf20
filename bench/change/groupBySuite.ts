// The group-by-provider × outcome change summary at several cohort sizes, against the baselines of issue 9, all on
// the same rows in the same run: a hand-written Float64Array single-pass loop (the practical limit), simple-statistics,
// arquero, danfojs-node (from test/integration/danfojs/node_modules, via createRequire) and pandas + scipy
// (bench/python/bench_groupby.py in a child process on the same rows written to a file, timed in-process, read back
// as JSON; numpy alone when no interpreter has pandas).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ss from 'simple-statistics';
import * as aq from 'arquero';
import { changeStatesBy, summarizeChangeBy, summarizeChangeStatesBy, type ChangeRow } from '../../src/change';
import { chiSquaredIndependence } from '../../src/stats/chiSquaredIndependence';
import type { ChangeColumns } from '../_lib/cohortColumns';
import { medianMs, ms, ratio, sink } from '../_lib/measure';

const BY = ['provider', 'outcome'];

/** The practical limit: one pass over dictionary codes and two Float64Arrays, per-group sums in one Float64Array. */
export function handLoop(c: ChangeColumns): Float64Array {
  const nOut = c.outcomeLevels.length;
  const G = c.providerLevels.length * nOut;
  const W = 10; // n, Σpre, Σpre², Σpost, Σpost², Σd, Σd², Σpre·post, improved, worse
  const acc = new Float64Array(G * W);
  const pc = c.providerCode, oc = c.outcomeCode, x = c.pre, y = c.post;
  for (let i = 0; i < c.n; i++) {
    const g = ((pc[i] as number) * nOut + (oc[i] as number)) * W;
    const a = x[i] as number, b = y[i] as number, d = b - a;
    acc[g] = (acc[g] as number) + 1;
    acc[g + 1] = (acc[g + 1] as number) + a; acc[g + 2] = (acc[g + 2] as number) + a * a;
    acc[g + 3] = (acc[g + 3] as number) + b; acc[g + 4] = (acc[g + 4] as number) + b * b;
    acc[g + 5] = (acc[g + 5] as number) + d; acc[g + 6] = (acc[g + 6] as number) + d * d;
    acc[g + 7] = (acc[g + 7] as number) + a * b;
    if (d > 0) acc[g + 8] = (acc[g + 8] as number) + 1; else if (d < 0) acc[g + 9] = (acc[g + 9] as number) + 1;
  }
  // finalise: means, SD of change and the paired t statistic per group
  const out = new Float64Array(G * 4);
  for (let g = 0; g < G; g++) {
    const n = acc[g * W] as number;
    if (n < 2) continue;
    const md = (acc[g * W + 5] as number) / n;
    const sd = Math.sqrt(((acc[g * W + 6] as number) - n * md * md) / (n - 1));
    out[g * 4] = (acc[g * W + 1] as number) / n; out[g * 4 + 1] = (acc[g * W + 3] as number) / n;
    out[g * 4 + 2] = sd; out[g * 4 + 3] = md / (sd / Math.sqrt(n));
  }
  return out;
}

/** simple-statistics: split by group (codes), then mean / sample SD / median / quartiles of pre, post and change. */
function simpleStatistics(c: ChangeColumns, withQuantiles: boolean): number {
  const nOut = c.outcomeLevels.length;
  const groups: Array<{ pre: number[]; post: number[]; d: number[] }> = [];
  for (let g = 0; g < c.providerLevels.length * nOut; g++) groups.push({ pre: [], post: [], d: [] });
  for (let i = 0; i < c.n; i++) {
    const g = groups[(c.providerCode[i] as number) * nOut + (c.outcomeCode[i] as number)] as (typeof groups)[number];
    g.pre.push(c.pre[i] as number); g.post.push(c.post[i] as number); g.d.push((c.post[i] as number) - (c.pre[i] as number));
  }
  let acc = 0;
  for (const g of groups) {
    if (g.d.length < 2) continue;
    acc += ss.mean(g.pre) + ss.mean(g.post) + ss.mean(g.d) + ss.sampleStandardDeviation(g.d);
    if (withQuantiles) acc += ss.median(g.d) + ss.quantile(g.d, 0.25) + ss.quantile(g.d, 0.75) + ss.median(g.pre) + ss.median(g.post);
  }
  return acc;
}

function arqueroTable(c: ChangeColumns): aq.ColumnTable {
  return aq.table({ provider: c.provider, outcome: c.outcome, pre: c.pre, post: c.post });
}

function arquero(t: aq.ColumnTable, withQuantiles: boolean): unknown {
  const d = t.derive({ d: (r: { pre: number; post: number }) => r.post - r.pre }).groupby('provider', 'outcome');
  return withQuantiles
    ? d.rollup({ n: aq.op.count(), pre: aq.op.mean('pre'), post: aq.op.mean('post'), md: aq.op.mean('d'), sd: aq.op.stdev('d'), med: aq.op.median('d'), q1: aq.op.quantile('d', 0.25), q3: aq.op.quantile('d', 0.75), mpre: aq.op.median('pre'), mpost: aq.op.median('post') }).objects()
    : d.rollup({ n: aq.op.count(), pre: aq.op.mean('pre'), post: aq.op.mean('post'), md: aq.op.mean('d'), sd: aq.op.stdev('d') }).objects();
}

/** Columns as the Python baseline receives them: dictionary codes and Float64Arrays. */
type LibraryColumns = { provider: Int32Array; outcome: Int32Array; pre: Float64Array; post: Float64Array };

/** The library's full figure set per group plus one chi-square per outcome (provider × improved/same/worse). */
function libraryFull(rows: ReadonlyArray<ChangeRow> | LibraryColumns): number {
  const r = summarizeChangeBy(rows, { by: BY });
  const byOutcome = new Map<string, number[][]>();
  for (const g of r.groups) {
    const o = String(g.key.outcome);
    const t = byOutcome.get(o) ?? [];
    t.push([g.summary.direction.improved, g.summary.direction.same, g.summary.direction.worse]);
    byOutcome.set(o, t);
  }
  let acc = 0;
  for (const t of byOutcome.values()) if (t.length > 1) acc += chiSquaredIndependence(t).statistic;
  return acc + r.n;
}

export interface PythonTimes {
  library: string; pandas: string | null; numpy: string; python: string; executable: string; n: number; groups: number;
  split: number; means: number; ttest: number; wilcoxon: number; chi2: number; total: number;
}

let python: string | undefined;
/**
 * The interpreter for the Python baseline: $BENCH_PYTHON, else the first of `python3`, `/usr/bin/python3` that
 * imports pandas and scipy (scripts/install-bench-deps.sh installs them from apt into Debian's python3), else `python3`.
 */
export function pythonWithPandas(): string {
  if (python !== undefined) return python;
  for (const py of [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3']) {
    if (!py) continue;
    try { execFileSync(py, ['-c', 'import pandas, scipy'], { stdio: 'ignore' }); return (python = py); } catch { /* next */ }
  }
  return (python = 'python3');
}

/** Runs bench/python/bench_groupby.py on the same rows; undefined (with the reason printed) when python fails. */
export function pythonBaseline(c: ChangeColumns, repeats: number): PythonTimes | string {
  const dir = mkdtempSync(join(tmpdir(), 'so-bench-'));
  try {
    const file = join(dir, 'rows.bin');
    const buf = Buffer.alloc(c.n * 24);
    Buffer.from(c.providerCode.buffer, c.providerCode.byteOffset, c.n * 4).copy(buf, 0);
    Buffer.from(c.outcomeCode.buffer, c.outcomeCode.byteOffset, c.n * 4).copy(buf, c.n * 4);
    Buffer.from(c.pre.buffer, c.pre.byteOffset, c.n * 8).copy(buf, c.n * 8);
    Buffer.from(c.post.buffer, c.post.byteOffset, c.n * 8).copy(buf, c.n * 16);
    writeFileSync(file, buf);
    const beside = new URL('../python/bench_groupby.py', import.meta.url).pathname;
    const script = existsSync(beside) ? beside : join(process.cwd(), 'bench/python/bench_groupby.py');
    const out = execFileSync(pythonWithPandas(), [script, file, String(c.n), String(c.providerLevels.length), String(c.outcomeLevels.length), String(repeats)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split('\n').pop() as string) as PythonTimes;
  } catch (e) {
    return `python baseline failed: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** danfojs-node from the integration package (test/integration/danfojs), if installed there. */
export async function loadDanfo(): Promise<unknown | string> {
  const dir = new URL('../../test/integration/danfojs/', import.meta.url).pathname;
  const entry = join(dir, 'node_modules', 'danfojs-node');
  if (!existsSync(entry)) return `not measurable: ${existsSync(dir) ? 'test/integration/danfojs has no node_modules/danfojs-node (run npm ci there)' : 'test/integration/danfojs does not exist'}`;
  try {
    const { createRequire } = await import('node:module');
    return createRequire(join(dir, 'package.json'))('danfojs-node') as unknown;
  } catch (e) {
    return `not measurable: require('danfojs-node') failed: ${(e as Error).message.split('\n')[0]}`;
  }
}

interface Danfo { DataFrame: new (data: unknown) => DanfoFrame }
interface DanfoFrame { groupby(cols: string[]): { agg(spec: Record<string, string[] | string>): unknown } }

/** danfojs-node: DataFrame from the columns, group by provider and outcome, mean/std of change. */
function danfo(dfd: Danfo, c: ChangeColumns): unknown {
  const d = new Float64Array(c.n);
  for (let i = 0; i < c.n; i++) d[i] = (c.post[i] as number) - (c.pre[i] as number);
  const df = new dfd.DataFrame({ provider: c.provider, outcome: c.outcome, pre: Array.from(c.pre), post: Array.from(c.post), d: Array.from(d) });
  return df.groupby(['provider', 'outcome']).agg({ pre: 'mean', post: 'mean', d: ['mean', 'std', 'count'] });
}

export interface SizeResult {
  clients: number; rows: number; groups: number;
  ms: Record<string, number>;
  python?: PythonTimes; pythonNote?: string; danfoNote?: string;
}

/** Times every variant on one cohort and prints a table. */
export async function runSize(c: ChangeColumns, opts: { budgetMs?: number; pythonRepeats?: number } = {}): Promise<SizeResult> {
  const budgetMs = opts.budgetMs ?? 1500;
  const t = (fn: () => unknown): number => medianMs(fn, { budgetMs, min: c.n > 500_000 ? 3 : 5 }).median;
  const table = arqueroTable(c);
  const res: Record<string, number> = {};
  res.hand = t(() => handLoop(c));
  const columns = { provider: c.providerCode, outcome: c.outcomeCode, pre: c.pre, post: c.post };
  res.statesColumns = t(() => changeStatesBy(columns, { by: BY }));
  res.statesRows = t(() => changeStatesBy(c.rows, { by: BY }));
  const states = changeStatesBy(c.rows, { by: BY });
  res.finalize = t(() => summarizeChangeStatesBy(states, { by: BY }));
  res.summaryRows = t(() => summarizeChangeBy(c.rows, { by: BY }));
  res.summaryColumns = t(() => summarizeChangeBy(columns, { by: BY }));
  res.libraryFull = t(() => libraryFull(c.rows));
  // The same input the Python baseline gets (dictionary codes + Float64Arrays), for a like-for-like comparison.
  res.libraryFullColumns = t(() => libraryFull(columns));
  res.ssMoments = t(() => simpleStatistics(c, false));
  res.ssQuantiles = t(() => simpleStatistics(c, true));
  res.aqMoments = t(() => arquero(table, false));
  res.aqQuantiles = t(() => arquero(table, true));
  const out: SizeResult = { clients: c.clients, rows: c.n, groups: states.groups.length, ms: res };
  const dfd = await loadDanfo();
  if (typeof dfd === 'string') out.danfoNote = dfd;
  else res.danfo = medianMs(() => danfo(dfd as Danfo, c), { budgetMs, min: 3, warmup: 1 }).median;
  const py = pythonBaseline(c, opts.pythonRepeats ?? 5);
  if (typeof py === 'string') out.pythonNote = py; else out.python = py;
  printSize(out);
  return out;
}

export function printSize(r: SizeResult): void {
  const m = r.ms;
  const line = (name: string, v: number | undefined, note = ''): void => {
    console.log(`  ${name.padEnd(58)} ${ms(v ?? Number.NaN).padStart(9)}  ${note}`);
  };
  console.log(`\ngroup-by provider × outcome change summary: ${r.clients.toLocaleString('en-GB')} clients → ${r.rows.toLocaleString('en-GB')} rows, ${r.groups} groups (median ms)`);
  line('hand loop: Float64Array single pass, per-group sums (1×)', m.hand);
  line('changeStatesBy(columns) — exact mergeable states', m.statesColumns, `${ratio(m.statesColumns as number, m.hand as number)} hand loop (target ≤ 1.5×)`);
  line('changeStatesBy(rows) — the same from one object per row', m.statesRows, `${ratio(m.statesRows as number, m.hand as number)} hand loop`);
  line('summarizeChangeStatesBy — finalise every group', m.finalize);
  line('summarizeChangeBy(rows) — every figure, every group', m.summaryRows, `${ratio(m.summaryRows as number, m.hand as number)} hand loop`);
  line('summarizeChangeBy(columns) — every figure, every group', m.summaryColumns, `${ratio(m.summaryColumns as number, m.hand as number)} hand loop`);
  line('simple-statistics: split + mean/SD', m.ssMoments, `library states are ${ratio(m.ssMoments as number, m.statesRows as number)} faster`);
  line('simple-statistics: split + mean/SD/median/quartiles', m.ssQuantiles, `library summary is ${ratio(m.ssQuantiles as number, m.summaryRows as number)} faster`);
  line('arquero: derive + groupby + rollup mean/SD', m.aqMoments, `library states are ${ratio(m.aqMoments as number, m.statesRows as number)} faster`);
  line('arquero: … + median/quartiles', m.aqQuantiles, `library summary is ${ratio(m.aqQuantiles as number, m.summaryRows as number)} faster`);
  if (m.danfo !== undefined) line('danfojs-node: DataFrame + groupby mean/std/count', m.danfo, `library states are ${ratio(m.danfo, m.statesColumns as number)} faster, full summary(columns) ${ratio(m.danfo, m.summaryColumns as number)} (target ≥ 10×)`);
  else line(`danfojs-node: ${r.danfoNote ?? ''}`, undefined);
  line('library: summarizeChangeBy(rows) + χ² per outcome', m.libraryFull);
  line('library: summarizeChangeBy(columns) + χ² per outcome', m.libraryFullColumns);
  if (r.python) {
    const p = r.python;
    line(`${p.pandas === null ? `numpy ${p.numpy} (no pandas)` : `pandas ${p.pandas}`} + scipy ${p.library} (python ${p.python}): split+means+ttest_rel+wilcoxon+chi2`, p.total * 1000,
      `library (columns, same input) is ${ratio(p.total * 1000, m.libraryFullColumns as number)} faster; from rows ${ratio(p.total * 1000, m.libraryFull as number)} (split ${ms(p.split * 1000)}, means ${ms(p.means * 1000)}, t ${ms(p.ttest * 1000)}, W ${ms(p.wilcoxon * 1000)}, χ² ${ms(p.chi2 * 1000)})`);
  } else line(`python: ${r.pythonNote ?? ''}`, undefined);
}

export { sink };
