// Shared driver of the per-module fuzz files: one test that every export has a spec, one test per
// function, and a summary line with the case counts (read by docs/reliability.md).
import { appendFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { badInputMatrix, fuzzFunction, fuzzRuns, publicFunctions, type FuzzSpec, type FuzzStats } from './_harness';

export function fuzzModule(module: string, ns: Record<string, unknown>, specs: Readonly<Record<string, FuzzSpec>>): void {
  const runs = fuzzRuns();
  const total: FuzzStats = { cases: 0, threwTyped: 0, returned: 0, failures: [] };
  describe(`fuzz ${module}`, () => {
    it('has a spec for every public function, and no spec for a missing one', () => {
      const names = publicFunctions(ns).sort();
      expect(names.filter((n) => !(n in specs))).toEqual([]);
      expect(Object.keys(specs).filter((n) => !names.includes(n))).toEqual([]);
    });
    for (const name of Object.keys(specs)) {
      it(name, async () => {
        const stats: FuzzStats = { cases: 0, threwTyped: 0, returned: 0, failures: [] };
        await fuzzFunction(name, ns[name] as (...a: unknown[]) => unknown, specs[name] as FuzzSpec, runs, stats);
        total.cases += stats.cases;
        total.threwTyped += stats.threwTyped;
        total.returned += stats.returned;
        total.failures.push(...stats.failures);
        const shown = stats.failures.slice(0, 8).map((f) => `${f.fn} ${f.mutation} → ${f.problem}`);
        expect(shown, `${stats.failures.length} failures in ${stats.cases} cases`).toEqual([]);
        // FUZZ_MATRIX=file: one JSON line per function for the bad-input table of docs/reliability.md
        const matrix = process.env['FUZZ_MATRIX'];
        if (matrix) appendFileSync(matrix, `${JSON.stringify({ module, fn: name, ...(await badInputMatrix(ns[name] as (...a: unknown[]) => unknown, specs[name] as FuzzSpec)) })}\n`);
      });
    }
    afterAll(() => {
      console.log(`fuzz ${module}: ${total.cases} cases (${total.threwTyped} typed errors, ${total.returned} results), ${total.failures.length} failures, FUZZ_RUNS=${runs}`);
    });
  });
}
