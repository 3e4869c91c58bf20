import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCohort } from 'social-outcomes/report';
import { normaliseRecords, parseRecords, toCsv } from 'social-outcomes/io';

// The committed demo file (examples/demo/demo-records.csv) must be exactly what the generator makes now
// from examples/demo/demo-options.json: regenerate it with `npm run build && node scripts/make-demo-data.mjs`.
const options = JSON.parse(readFileSync(new URL('../../examples/demo/demo-options.json', import.meta.url), 'utf8')) as {
  cohort: { n: number; seed: number; area: string; year: number };
  csv: { shape: 'long'; eol: '\n' };
};
const committed = readFileSync(new URL('../../examples/demo/demo-records.csv', import.meta.url), 'utf8');

describe('examples/demo/demo-records.csv', () => {
  const records = generateCohort(options.cohort);

  it('equals, byte for byte, what generateCohort + toCsv produce from demo-options.json', () => {
    const fresh = toCsv(records, options.csv);
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  });

  it('parses with parseRecords with no issues, back to the generated clients', async () => {
    const rows = await parseRecords(committed);
    expect(rows.issues).toEqual([]);
    // Long form: one row per reading; normaliseRecords merges the rows of each client.
    const norm = normaliseRecords(rows.records);
    expect(norm.issues).toEqual([]);
    const parsed = { records: norm.clients };
    expect(parsed.records).toHaveLength(options.cohort.n);
    expect(parsed.records.map((r) => r.clientId)).toEqual(records.map((r) => r.clientId));
    expect(parsed.records.reduce((s, r) => s + r.readings.length, 0)).toBe(records.reduce((s, r) => s + r.readings.length, 0));
    // Spot-check a record with readings and outputs round-trips exactly.
    const k = records.findIndex((r) => r.outputsAchieved !== undefined && r.readings.length >= 3);
    expect(parsed.records[k]).toEqual(records[k]);
  });

  it('holds a few hundred clients', () => {
    expect(options.cohort.n).toBeGreaterThanOrEqual(200);
    expect(options.cohort.n).toBeLessThanOrEqual(1000);
  });
});
