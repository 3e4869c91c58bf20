// Fuzz suite for social-outcomes/io (issue 10): every export, seeded, bounded (FUZZ_RUNS=n for more).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import * as ns from 'social-outcomes/io';
import type { FuzzSpec } from './_harness';
import { fuzzModule } from './_suite';

const csv = 'clientId,ageBand,gender,genderSameAsBirth,disability,ethnicity,instrumentId,readingDate,score_managing-money\nC1,25-34,woman,yes,no,White: Irish,homelessness-star,2023-04-01,4\nC2,25-34,man,yes,no,Martian,homelessness-star,2023-04-01,5\nC1,25-34,woman,yes,no,White: Irish,homelessness-star,2023-10-01,6\n';
const df = { columns: ['clientId', 'ageBand', 'gender', 'ethnicity', 'instrumentId', 'readingDate', 'score_total'], values: [['C1', '25-34', 'woman', 'asian-indian', 'wemwbs', '2023-04-01', 44], ['C2', '35-49', 'man', 'black-african', 'wemwbs', '2023-04-02', 50]] };
const base = { gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', ageBand: '25-34' };
const records = [
  { ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-04-01', scores: { total: 41 } }, { clientId: 'C1', instrumentId: 'wemwbs', date: '2023-10-01', scores: { total: 50 } }] },
  { ...base, clientId: 'C2', readings: [{ clientId: 'C2', instrumentId: 'wemwbs', date: '2023-04-01', scores: { total: 38 } }] },
];
const rows = [{ provider: 'P1', n: 12, note: '=HYPERLINK("http://x")' }, { provider: 'P2', n: 7, note: 'ok' }];
const dir = mkdtempSync(join(tmpdir(), 'so-fuzz-'));
let fileNo = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// CSV text, JSON text and table cells are data: "12" and 12 are written differently on purpose
const labels = true;

const specs: Record<string, FuzzSpec> = {
  parseRecords: { labels, seeds: () => [[csv], [csv, { format: 'csv' }]] },
  parseRecordsStream: {
    labels,
    seeds: () => [[csv, { batchSize: 1 }]],
    call: async (f, a) => {
      const out: unknown[] = [];
      for await (const b of (f as typeof ns.parseRecordsStream)(...(a as [string]))) out.push(b);
      return out;
    },
  },
  // the path is pinned: a fuzzed path would read arbitrary files
  parseFile: { labels, pinned: [0], maxCases: 60, seeds: () => [['examples/data/records-long.csv'], ['examples/data/records-wide.csv', {}]] },
  // NaN, null and undefined cells are documented missing values, so a hole in a row is a missing cell
  fromDataFrame: { labels, holesAreMissing: true, seeds: () => [[df]] },
  toDataFrame: { labels, seeds: () => [[rows], [records, { shape: 'wide' }]] },
  flattenRecords: { labels, seeds: () => [[records], [records, { shape: 'wide' }]] },
  toCsv: { labels, seeds: () => [[rows, { eol: '\n' }], [records]] },
  toJson: { labels, seeds: () => [[{ note: '</script>', n: 2, list: [1, 2.5, -3] }], [records, { space: 2 }]] },
  writeOutputFile: {
    labels,
    nondeterministic: true,
    pinned: [0],
    seeds: () => [['out.csv', rows], ['out.json', { n: 2 }]],
    // every call writes a fresh file inside a private temporary folder, keeping the seed's extension
    call: (f, [path, ...rest]) => (f as (...a: unknown[]) => unknown)(join(dir, `${fileNo++}-${String(path)}`), ...rest),
  },
  normaliseRecords: { seeds: () => [[records]] },
  // From the TypeScript sources no worker script is found, so no thread starts; the answer is whether one would run.
  createReportWorker: {
    seeds: () => [[], [{ timeoutMs: 1000 }]],
    call: (f, a) => {
      const w = (f as typeof ns.createReportWorker)(...(a as [undefined]));
      void w.close();
      return { threaded: w.threaded };
    },
  },
};

fuzzModule('io', ns as unknown as Record<string, unknown>, specs);
