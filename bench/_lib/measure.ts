// Timing helpers shared by the benches: medians of repeated runs (after warm-up), and the ratio/format helpers.
// Speed is reported, never asserted.

/** Minimum warm-up time per measured function (ms); `BENCH_WARMUP_MS` overrides it (0: calls only). */
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 250);

/**
 * Median milliseconds of `fn` after `warmup` untimed runs lasting at least WARMUP_MS; at least `min` runs, more
 * while under `budgetMs`.
 */
export function medianMs(fn: () => unknown, opts: { warmup?: number; min?: number; max?: number; budgetMs?: number } = {}): { median: number; runs: number } {
  const warmup = opts.warmup ?? 2, min = opts.min ?? 5, max = opts.max ?? 51, budget = opts.budgetMs ?? 1500;
  // Warm up for `warmup` calls and at least WARMUP_MS (tinybench warms up for 100 ms), so that V8 has optimised the
  // code being timed: a fast function timed from its second call is partly measured before optimisation.
  const warmStart = performance.now();
  for (let i = 0; i < warmup || (performance.now() - warmStart < WARMUP_MS && i < 10_000); i++) sink(fn());
  const times: number[] = [];
  const start = performance.now();
  while (times.length < min || (times.length < max && performance.now() - start < budget)) {
    const t = performance.now();
    sink(fn());
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times.length >> 1;
  return { median: times.length % 2 === 1 ? (times[m] as number) : ((times[m - 1] as number) + (times[m] as number)) / 2, runs: times.length };
}

let _sink = 0;
/** Keeps results alive so the optimiser cannot drop the work. */
export function sink(x: unknown): void {
  if (x !== undefined && x !== null) _sink = (_sink + 1) | 0;
}

/** `a / b` as `1.23×`. */
export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a';
}

/** Milliseconds, padded. */
export function ms(x: number): string {
  return Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : 'n/a';
}

/** Peak RSS so far (MB), from process.resourceUsage (maxRSS is in kB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
