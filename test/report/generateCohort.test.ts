import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { generateCohort, DEFAULT_COHORT_PROVIDERS, InvalidInputError, type CohortProvider } from 'social-outcomes/report';
import { ClientRecordSchema, normaliseRecords, type ClientRecord } from 'social-outcomes/schema';
import { baseline } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';
import { deepFreeze } from '../_helpers/deepFreeze';

const big = generateCohort({ n: 6000, seed: 11 });
const bankIds = new Set(
  (parse(readFileSync(new URL('../../examples/banks/example-bank.csv', import.meta.url), 'utf8'), { columns: true }) as Array<{ id: string }>).map((r) => r.id),
);

function starReadings(r: ClientRecord) {
  return r.readings.filter((x) => x.instrumentId !== 'swemwbs');
}
function swemwbsReadings(r: ClientRecord) {
  return r.readings.filter((x) => x.instrumentId === 'swemwbs');
}
const BLACK = new Set(['black-african', 'black-caribbean', 'black-other']);

describe('generateCohort: determinism and validity', () => {
  it('gives identical records for the same seed and different ones for another seed', () => {
    const a = generateCohort({ n: 300, seed: 'demo' });
    const b = generateCohort({ n: 300, seed: 'demo' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateCohort({ n: 300, seed: 'demo2' }))).not.toBe(JSON.stringify(a));
  });

  it('is a prefix-stable stream: the first k records do not depend on n', () => {
    expect(JSON.stringify(generateCohort({ n: 40, seed: 5 }))).toBe(JSON.stringify(generateCohort({ n: 80, seed: 5 }).slice(0, 40)));
  });

  it('makes records that pass ClientRecordSchema and normaliseRecords with zero issues', () => {
    const records = generateCohort({ n: 1500, seed: 3 });
    const bad = records.map((r, i) => [i, ClientRecordSchema.safeParse(r)] as const).filter(([, p]) => !p.success);
    expect(bad.map(([i, p]) => [i, JSON.stringify(p.error?.issues)])).toEqual([]);
    const norm = normaliseRecords(records);
    expect(norm.issues).toEqual([]);
    expect(norm.stats.clients).toBe(1500);
  });

  it('does not mutate frozen options and accepts frozen providers', () => {
    const opts = deepFreeze({ n: 20, seed: 9, providers: DEFAULT_COHORT_PROVIDERS.slice(0, 2) });
    expect(generateCohort(opts)).toHaveLength(20);
  });

  it('uses pseudonymous ids C + 7 digits, unique', () => {
    const ids = big.map((r) => r.clientId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^C\d{7}$/.test(id))).toBe(true);
  });
});

describe('generateCohort: shape like the review portfolio', () => {
  it('spreads clients over the five providers near their weights', () => {
    const total = DEFAULT_COHORT_PROVIDERS.reduce((s, p) => s + p.weight, 0);
    for (const p of DEFAULT_COHORT_PROVIDERS) {
      const share = big.filter((r) => r.providerId === p.id).length / big.length;
      expect(Math.abs(share - p.weight / total), p.id).toBeLessThan(0.03);
    }
  });

  it('has referral outcomes, sources and the seven unsuccessful reasons', () => {
    const unsuccessful = big.filter((r) => r.referralOutcome === 'unsuccessful');
    expect(unsuccessful.length / big.length).toBeGreaterThan(0.09);
    expect(unsuccessful.length / big.length).toBeLessThan(0.15);
    expect(unsuccessful.every((r) => r.unsuccessfulReason !== undefined)).toBe(true);
    expect(new Set(unsuccessful.map((r) => r.unsuccessfulReason)).size).toBe(7);
    expect(big.filter((r) => r.referralOutcome !== 'supported').every((r) => r.readings.length === 0)).toBe(true);
    expect(new Set(big.map((r) => r.referralSource))).toEqual(new Set(['statutory', 'vcse', 'self', 'family-or-friend', 'other', 'not-known']));
  });

  it('takes Star readings about every 3 months with integer 1–10 scores and many ties', () => {
    let gaps = 0, gapSum = 0, zero = 0, changes = 0;
    for (const r of big) {
      const s = starReadings(r);
      for (const x of s) for (const v of Object.values(x.scores)) expect(Number.isInteger(v) && v >= 1 && v <= 10).toBe(true);
      for (let k = 1; k < s.length; k++) {
        const d = (Date.parse((s[k] as { date: string }).date) - Date.parse((s[k - 1] as { date: string }).date)) / 86_400_000;
        gaps++; gapSum += d;
        expect(d).toBeGreaterThanOrEqual(84);
        expect(d).toBeLessThanOrEqual(98);
      }
      if (s.length >= 2) {
        const first = (s[0] as { scores: Record<string, number> }).scores, last = (s[s.length - 1] as { scores: Record<string, number> }).scores;
        for (const k of Object.keys(first)) { changes++; if (first[k] === last[k]) zero++; }
      }
    }
    expect(gapSum / gaps).toBeGreaterThan(88);
    expect(gapSum / gaps).toBeLessThan(94);
    // Ties (no change on an area) are common, as in real Star data.
    expect(zero / changes).toBeGreaterThan(0.15);
    expect(zero / changes).toBeLessThan(0.6);
  });

  it('drops out at about the configured rate per review', () => {
    // Clients whose baseline leaves room for at least two more reviews in the year: P(one reading only) = dropOut.
    for (const dropOut of [0.2, 0.5]) {
      const rs = generateCohort({ n: 6000, seed: 21, dropOut });
      const eligible = rs.map(starReadings).filter((s) => s.length > 0 && (s[0] as { date: string }).date < '2023-09-01');
      const single = eligible.filter((s) => s.length === 1).length / eligible.length;
      expect(Math.abs(single - dropOut), `dropOut ${dropOut}`).toBeLessThan(0.04);
    }
    const none = generateCohort({ n: 500, seed: 21, dropOut: 1 });
    expect(none.every((r) => starReadings(r).length <= 1)).toBe(true);
  });

  it('writes SWEMWBS metric scores on the instrument scale at the same reviews', () => {
    const metric = new Set([7, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35]);
    const sw = big.flatMap(swemwbsReadings);
    expect(sw.length).toBeGreaterThan(1000);
    expect(sw.every((x) => metric.has(x.scores['total'] as number))).toBe(true);
    expect(big.filter((r) => r.providerId === 'rm-refugees').every((r) => swemwbsReadings(r).length === 0)).toBe(true);
  });

  it('draws ethnic groups near the Birmingham census shares', () => {
    const base = baseline(census2021, { area: 'E08000025', topic: 'ethnic-group', level: 'detail' });
    const known = big.filter((r) => r.ethnicity !== 'not-known' && r.ethnicity !== 'prefer-not-to-say');
    const british = known.filter((r) => r.ethnicity === 'white-british').length / known.length;
    const pakistani = known.filter((r) => r.ethnicity === 'asian-pakistani').length / known.length;
    const share = (label: string) => base.categories.find((c) => c.label === label)?.share as number;
    expect(Math.abs(british - share('White: English, Welsh, Scottish, Northern Irish or British'))).toBeLessThan(0.03);
    expect(Math.abs(pakistani - share('Asian, Asian British or Asian Welsh: Pakistani'))).toBeLessThan(0.02);
  });

  it('under-represents people aged 65 and over on purpose (olderWeight), and not when olderWeight is 1', () => {
    const base = baseline(census2021, { area: 'E08000025', topic: 'age-single-year', breaks: [18, 65] });
    const census65 = base.categories[1]?.share as number;
    const share65 = (rs: ClientRecord[]) => rs.filter((r) => (r.age as number) >= 65).length / rs.length;
    expect(share65(big) / census65).toBeLessThan(0.5);
    expect(share65(big) / census65).toBeGreaterThan(0.25);
    const fair = share65(generateCohort({ n: 6000, seed: 11, olderWeight: 1 })) / census65;
    expect(fair).toBeGreaterThan(0.85);
    expect(fair).toBeLessThan(1.15);
  });

  it('builds in an outcome gap: Black clients gain less on SWEMWBS (gapFactor), and equally with gapFactor 1', () => {
    const meanChange = (rs: ClientRecord[], black: boolean) => {
      const d = rs.filter((r) => BLACK.has(r.ethnicity) === black).map(swemwbsReadings).filter((s) => s.length >= 2)
        .map((s) => ((s[s.length - 1] as { scores: Record<string, number> }).scores['total'] as number) - ((s[0] as { scores: Record<string, number> }).scores['total'] as number));
      return d.reduce((a, b) => a + b, 0) / d.length;
    };
    const rs = generateCohort({ n: 20000, seed: 4 });
    expect(meanChange(rs, false) - meanChange(rs, true)).toBeGreaterThan(0.6);
    const even = generateCohort({ n: 20000, seed: 4, gapFactor: 1 });
    expect(Math.abs(meanChange(even, false) - meanChange(even, true))).toBeLessThan(0.4);
  });

  it('records outputs with value-bank ids of the example bank, only for clients with a follow-up', () => {
    const withOutputs = big.filter((r) => r.outputsAchieved !== undefined);
    expect(withOutputs.length).toBeGreaterThan(500);
    for (const r of withOutputs) {
      for (const id of r.outputsAchieved as string[]) expect(bankIds.has(id), id).toBe(true);
      expect(r.readings.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('generateCohort: errors', () => {
  it.each([
    [{ n: 0, seed: 1 }, 'n'],
    [{ n: 2.5, seed: 1 }, 'n'],
    [{ n: 10, seed: {} }, 'seed'],
    [{ n: 10, seed: 1, dropOut: 1.5 }, 'dropOut'],
    [{ n: 10, seed: 1, olderWeight: -1 }, 'olderWeight'],
    [{ n: 10, seed: 1, providers: [] }, 'providers'],
    [{ n: 10, seed: 1, providers: [{ ...DEFAULT_COHORT_PROVIDERS[0], weight: 0 } as CohortProvider] }, 'weight'],
    [{ n: 10, seed: 1, providers: [{ ...DEFAULT_COHORT_PROVIDERS[0], star: 'moon-star' } as unknown as CohortProvider] }, 'star'],
  ])('throws InvalidInputError naming the field for %j', (opts, field) => {
    expect(() => generateCohort(opts as never)).toThrow(InvalidInputError);
    expect(() => generateCohort(opts as never)).toThrow(new RegExp(field));
  });

  it('throws a ReferenceDataError for an area without census data', () => {
    expect(() => generateCohort({ n: 10, seed: 1, area: 'E99999999' })).toThrow(/E99999999/);
  });
});

describe('generateCohort: browser-safe', () => {
  it('imports no Node built-ins (src/report/generateCohort.ts, buildReport.ts and _internal)', () => {
    const files = ['generateCohort.ts', 'buildReport.ts', 'reportModel.ts', '_internal/assemble.ts', '_internal/scan.ts', '_internal/publish.ts', '_internal/hash.ts', '_internal/days.ts', '_internal/format.ts', '_internal/version.ts'];
    for (const f of files) {
      const src = readFileSync(new URL(`../../src/report/${f}`, import.meta.url), 'utf8');
      expect(src, f).not.toMatch(/from ['"](node:|fs|path|zod|csv-parse|exceljs)/);
    }
  });
});
