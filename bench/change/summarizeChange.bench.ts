// Benchmark of summarizeChange on 1,000,000 Star-like pairs (integer scores 1–10, many ties and zeros), with the
// ratios the issue asks for: the moment pass against a hand-written single-pass Float64Array loop (target ≤ 1.5×),
// the rank part against a plain Float64Array.prototype.sort (target ≤ 2×), and the whole summary against scipy
// ttest_rel + wilcoxon on the same data in the same run (python script, data passed via a temp binary file).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { Bench } from 'tinybench';
import { summarizeChange, pairedTTest, wilcoxonSignedRank } from '../../src/change';
import { seededRandom } from '../../src/stats/seededRandom';
import { readPairs } from '../../src/change/_internal/pairs';
import { signedRankSums, sortedRankSums } from '../../src/change/_internal/signedRanks';

const N = 1_000_000;
const rand = seededRandom(20240606);
const pre = new Float64Array(N);
const post = new Float64Array(N);
const steps = [-2, -1, 0, 0, 1, 1, 2, 3];
for (let i = 0; i < N; i++) {
  const p = 1 + Math.floor(rand() * 10);
  pre[i] = p;
  post[i] = Math.min(10, Math.max(1, p + (steps[Math.floor(rand() * steps.length)] as number)));
}

/** The hand-written single-pass loop the moment part is compared with: the same seven sums, nothing else. */
function handMoments(x: Float64Array, y: Float64Array): number {
  let sx = 0, sxx = 0, sy = 0, syy = 0, sd = 0, sdd = 0, sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number, b = y[i] as number, d = b - a;
    sx += a; sxx += a * a; sy += b; syy += b * b; sd += d; sdd += d * d; sxy += a * b;
  }
  return sx + sxx + sy + syy + sd + sdd + sxy;
}

async function compare(): Promise<void> {
  const stats = readPairs('bench', pre, post);
  const d = stats.d;
  const b = new Bench({ iterations: 15, warmupIterations: 3, time: 0 });
  b.add('moments: readPairs (validate + sums + store d)', () => { readPairs('bench', pre, post); })
    .add('moments: hand-written Float64Array loop', () => { handMoments(pre, post); })
    .add('ranks: signedRankSums (counting path, integers)', () => { signedRankSums(d, 'wilcox', stats.maxD - stats.minD, stats.minD); })
    .add('ranks: sortedRankSums (sort path)', () => { sortedRankSums(d, 'wilcox', false); })
    .add('ranks: plain d.slice().sort()', () => { d.slice().sort(); })
    .add('summarizeChange (all figures)', () => { summarizeChange(pre, post); })
    .add('pairedTTest + wilcoxonSignedRank', () => { pairedTTest(pre, post); wilcoxonSignedRank(pre, post); });
  await b.run();
  const med = (name: string): number => {
    const t = b.tasks.find((x) => x.name === name);
    const r = t?.result as { latency?: { p50?: number } } | undefined;
    return r?.latency?.p50 ?? Number.NaN;
  };
  let scipy: { scipy: string; ttest: number; wilcoxon: number; both: number } | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'so-bench-'));
  try {
    const file = join(dir, 'pairs.f64');
    const buf = new Float64Array(2 * N);
    buf.set(pre, 0);
    buf.set(post, N);
    writeFileSync(file, Buffer.from(buf.buffer));
    const out = execFileSync('python3', [new URL('./python/bench_scipy.py', import.meta.url).pathname, file, String(N), '7'], { encoding: 'utf8' });
    scipy = JSON.parse(out.trim().split('\n').pop() as string);
  } catch (e) {
    console.log(`scipy comparison skipped: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: Array<[string, number, string]> = [
    ['moments: readPairs', med('moments: readPairs (validate + sums + store d)'), `${(med('moments: readPairs (validate + sums + store d)') / med('moments: hand-written Float64Array loop')).toFixed(2)}× hand loop (target ≤ 1.5×)`],
    ['moments: hand loop', med('moments: hand-written Float64Array loop'), ''],
    ['ranks: counting path', med('ranks: signedRankSums (counting path, integers)'), `${(med('ranks: signedRankSums (counting path, integers)') / med('ranks: plain d.slice().sort()')).toFixed(2)}× sort (target ≤ 2×)`],
    ['ranks: sort path', med('ranks: sortedRankSums (sort path)'), `${(med('ranks: sortedRankSums (sort path)') / med('ranks: plain d.slice().sort()')).toFixed(2)}× sort (target ≤ 2×)`],
    ['ranks: plain sort', med('ranks: plain d.slice().sort()'), ''],
    ['summarizeChange', med('summarizeChange (all figures)'), scipy ? `${(med('summarizeChange (all figures)') / (scipy.both * 1000)).toFixed(2)}× scipy ttest_rel + wilcoxon` : ''],
    ['pairedTTest + wilcoxon', med('pairedTTest + wilcoxonSignedRank'), scipy ? `${(med('pairedTTest + wilcoxonSignedRank') / (scipy.both * 1000)).toFixed(2)}× scipy ttest_rel + wilcoxon` : ''],
  ];
  if (scipy) rows.push([`scipy ${scipy.scipy} ttest_rel + wilcoxon`, scipy.both * 1000, `(ttest ${(scipy.ttest * 1000).toFixed(1)} ms, wilcoxon ${(scipy.wilcoxon * 1000).toFixed(1)} ms)`]);
  console.log(`\nsummarizeChange on ${N.toLocaleString('en-GB')} Star-like pairs (median of 15 runs, ms)`);
  for (const [name, ms, note] of rows) console.log(`  ${name.padEnd(36)} ${ms.toFixed(2).padStart(9)}  ${note}`);
}

await compare();

describe('change', () => {
  bench('summarizeChange, 1e6 Star-like pairs', () => { summarizeChange(pre, post); }, { iterations: 5, time: 0 });
});
