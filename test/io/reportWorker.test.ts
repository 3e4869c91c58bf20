/**
 * createReportWorker: buildReport with the equity comparisons on a worker thread gives the model buildReport gives,
 * byte for byte, report after report; a worker that does not answer is an error, not a hang; without its script
 * (running from the TypeScript sources) the comparisons run inline.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { createReportWorker } from 'social-outcomes/io';
import { buildReport, generateCohort, type BuildReportConfig } from 'social-outcomes/report';
import { InvalidInputError, SocialOutcomesError } from 'social-outcomes';
import type { ClientRecord } from 'social-outcomes/schema';
import { thrown } from '../_helpers/thrown';

// Worker threads cannot load TypeScript: the thread script is bundled as the package build bundles it.
const dir = mkdtempSync(join(tmpdir(), 'so-report-worker-'));
const workerFile = join(dir, 'equityWorker.mjs');
buildSync({ entryPoints: [new URL('../../src/io/_internal/equityWorker.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: workerFile, logLevel: 'error' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config: BuildReportConfig = { area: 'E08000025', period: '2023-24', generated: '2024-06-30', reliability: { swemwbs: { value: 0.84, source: 'test value' } } };

/** A cohort with gaps: unknown ethnicity and gender, missing ages, a group too small to estimate. */
function messy(n: number, seed: number): ClientRecord[] {
  return generateCohort({ n, seed }).map((r, i) => ({
    ...r,
    ...(i % 7 === 0 ? { ethnicity: 'not-known' } : {}),
    ...(i % 11 === 0 ? { gender: 'prefer-not-to-say' } : {}),
    ...(i % 13 === 0 ? { age: undefined, ageBand: 'not-known' } : {}),
    ...(i === 5 ? { disability: 'not-known' } : {}),
  })) as ClientRecord[];
}

describe('createReportWorker', () => {
  it('builds the same model as buildReport, byte for byte, for several reports on one worker', async () => {
    const worker = createReportWorker({ workerFile });
    try {
      expect(worker.threaded).toBe(true);
      for (const [records, cfg] of [
        [generateCohort({ n: 1500, seed: 11 }), config],
        [messy(900, 12), config],
        [messy(900, 12), { ...config, suppression: false }],
        [generateCohort({ n: 40, seed: 13 }), config],
      ] as const) {
        expect(JSON.stringify(worker.buildReport(records, cfg))).toBe(JSON.stringify(buildReport(records, cfg)));
      }
    } finally {
      await worker.close();
    }
  });

  it('throws the same typed error as buildReport for bad input, and keeps working after it', async () => {
    const worker = createReportWorker({ workerFile });
    try {
      expect(() => worker.buildReport([], { ...config, generated: '2024-02-30' })).toThrow(InvalidInputError);
      expect(() => worker.buildReport('x' as never, config)).toThrow(InvalidInputError);
      const records = generateCohort({ n: 300, seed: 14 });
      expect(JSON.stringify(worker.buildReport(records, config))).toBe(JSON.stringify(buildReport(records, config)));
    } finally {
      await worker.close();
    }
  });

  it('throws a SocialOutcomesError, rather than hangs, when the worker does not start, exits, stays silent or is closed', async () => {
    const records = generateCohort({ n: 50, seed: 15 });
    const failure = (worker: ReturnType<typeof createReportWorker>): string => {
      const e = thrown(() => worker.buildReport(records, config), SocialOutcomesError);
      expect(e.code).toBe('io-failure');
      return e.message;
    };
    const script = (name: string, text: string): string => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    // Never starts (its script does not say so).
    const silent = createReportWorker({ workerFile: script('silent.mjs', 'setInterval(() => {}, 1000);\n'), timeoutMs: 300 });
    expect(failure(silent)).toMatch(/did not start within 300 ms/);
    await silent.close();
    // Starts, then never answers.
    const mute = createReportWorker({ workerFile: script('mute.mjs', "import { workerData } from 'node:worker_threads';\nAtomics.store(new Int32Array(workerData.state), 1, 1);\nsetInterval(() => {}, 1000);\n"), timeoutMs: 300 });
    expect(failure(mute)).toMatch(/no answer within 300 ms/);
    await mute.close();
    // Starts, then exits.
    const quitter = createReportWorker({
      workerFile: script('quits.mjs', "import { workerData } from 'node:worker_threads';\nconst s = new Int32Array(workerData.state);\nAtomics.store(s, 1, 1);\nprocess.on('exit', () => { Atomics.store(s, 2, 1); Atomics.notify(s, 0); });\nsetTimeout(() => process.exit(0), 20);\n"),
      timeoutMs: 20_000,
    });
    const started = Date.now();
    expect(failure(quitter)).toMatch(/exited before it answered/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await quitter.close();
    // Closed.
    const closed = createReportWorker({ workerFile });
    await closed.close();
    expect(failure(closed)).toMatch(/is closed/);
  });

  it('refuses a missing worker script, a bad timeout and unknown options, naming the option', () => {
    const path = (f: () => unknown): string => JSON.stringify(thrown(f, InvalidInputError).path);
    expect(path(() => createReportWorker({ workerFile: join(dir, 'nope.mjs') }))).toBe('["options","workerFile"]');
    expect(path(() => createReportWorker({ workerFile: new URL('https://example.org/w.js') }))).toBe('["options","workerFile"]');
    expect(path(() => createReportWorker({ timeoutMs: 0 }))).toBe('["options","timeoutMs"]');
    expect(path(() => createReportWorker({ timeoutMs: 1.5 }))).toBe('["options","timeoutMs"]');
    expect(path(() => createReportWorker({ workers: 2 } as never))).toBe('["options","workers"]');
  });

  it('runs the comparisons inline when its script is not found (TypeScript sources), with the same model', async () => {
    const worker = createReportWorker();
    expect(worker.threaded).toBe(false);
    const records = generateCohort({ n: 300, seed: 16 });
    expect(JSON.stringify(worker.buildReport(records, config))).toBe(JSON.stringify(buildReport(records, config)));
    await worker.close();
  });
});
