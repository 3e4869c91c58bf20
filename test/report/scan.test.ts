/**
 * The scan of buildReport (src/report/_internal/scan.ts) keeps the input hash and the errors of the records it
 * reads: a null sex hashes as an absent one, a non-array outputsAchieved is a typed error naming the record, and a
 * quasi-identifier that is not a string is reported at its record.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, generateCohort, type BuildReportConfig } from 'social-outcomes/report';
import { InvalidInputError } from 'social-outcomes';
import type { ClientRecord } from 'social-outcomes/schema';
import { thrown } from '../_helpers/thrown';

const config: BuildReportConfig = { area: 'E08000025', period: '2023-24', generated: '2024-06-30' };
const base = generateCohort({ n: 60, seed: 21 });

describe('buildReport scan', () => {
  it('hashes a null sex as an absent one, and a recorded not-recorded differently', () => {
    const hash = (sex: unknown) => buildReport(base.map((r, i) => (i % 3 === 0 ? { ...r, sex } : r)) as ClientRecord[], config).meta.generatedFrom;
    const absent = buildReport(base.map((r, i) => { if (i % 3 !== 0) return r; const { sex: _, ...rest } = r; return rest; }) as ClientRecord[], config).meta.generatedFrom;
    expect(hash(null)).toEqual(absent);
    expect(hash('not-recorded')).not.toEqual(absent);
  });

  it('refuses an outputsAchieved that is not an array, naming the record', () => {
    for (const bad of [5, 'example-output', new Set(['a']), { length: 1, 0: 'a' }]) {
      const e = thrown(() => buildReport(base.map((r, i) => (i === 7 ? { ...r, outputsAchieved: bad } : r)) as ClientRecord[], config), InvalidInputError);
      expect(e.path).toEqual(['records', 7, 'outputsAchieved']);
    }
  });

  it('reports a quasi-identifier that is not a string at its record', () => {
    const e = thrown(() => buildReport(base.map((r, i) => (i === 10 ? { ...r, postcodeDistrict: Number.POSITIVE_INFINITY } : r)) as unknown as ClientRecord[], config), InvalidInputError);
    expect(e.path).toEqual(['columns', 'postcodeDistrict', 10]);
  });
});
