// Fuzz suite for social-outcomes/schema (issue 10): every export, seeded, bounded (FUZZ_RUNS=n for more).
import * as ns from 'social-outcomes/schema';
import type { FuzzSpec } from './_harness';
import { fuzzModule } from './_suite';

const base = { gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', ageBand: '25-34' };
const records = [
  { ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-09-01', scores: { total: 50 } }] },
  { ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-03-01', scores: { total: 41 } }] },
  { ...base, clientId: 'C2', readings: [] },
];
const bankRows = [{ id: 'volunteering', label: 'Regular volunteering (illustrative)', category: 'community', value: '1000', priceYear: '2023/24', source: 'invented', licence: 'CC0' }];

const specs: Record<string, FuzzSpec> = {
  // header names are labels: a numeric string is a different header
  findForbiddenColumns: { labels: true, seeds: () => [[['clientId', 'Client Name', 'DOB', 'postcodeDistrict', 'Provider name']], [['clientId', 'ethnicity']]] },
  normaliseRecords: { seeds: () => [[records]] },
  // value-bank cells arrive as strings from spreadsheets: "1000" and 1000 are the same value
  parseValueBank: { seeds: () => [[bankRows]] },
  // a failed safe parse is unwrapped, so the harness sees the typed error it carries
  safeParseValueBank: {
    seeds: () => [[bankRows]],
    call: (f, a) => {
      const r = (f as typeof ns.safeParseValueBank)(...(a as [unknown]));
      if (!r.success) throw r.error;
      return r;
    },
  },
};

fuzzModule('schema', ns as unknown as Record<string, unknown>, specs);
