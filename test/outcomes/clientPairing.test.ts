/**
 * ClientPairer (the bulk path buildReport uses) against the public functions it stands for:
 * pairReadings (first-latest-before or first-last, onInvalid 'exclude') then mapPairsToPrimaryOutcomes
 * (proportion, mean, missingAreas 'skip'). Same pairs, same mapped values bit for bit, same counts.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mapPairsToPrimaryOutcomes, pairReadings, TABLE3_MAPPING, type Reading } from 'social-outcomes/outcomes';
import { EXCLUSION_REASONS } from 'social-outcomes/outcomes';
import { PRIMARY_OUTCOMES, PROPOSED_MAPPING } from 'social-outcomes/data/preventionFirst';
import { ClientPairer } from '../../src/outcomes/_internal/clientPairing';
import { dayOf } from '../../src/outcomes/_internal/readings';
import { InvalidInputError } from '../../src/errors';
import { generateCohort } from 'social-outcomes/report';

const MAPPING = { ...TABLE3_MAPPING, ...PROPOSED_MAPPING };
const DATES = ['2023-01-01', '2023-01-10', '2023-02-01', '2023-04-15', '2023-07-01', '2023-12-31', '2024-02-29', '2024-05-01', '2023-02-30', 'soon'];
const AREAS = ['motivation', 'managing-money', 'social-networks', 'physical-health', 'emotional-mental-health', 'managing-tenancy', 'no-such-area'];

const readingArb = fc.record({
  client: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  instrument: fc.constantFrom('homelessness-star', 'homelessness-star', 'swemwbs', 'mystery'),
  date: fc.constantFrom(...DATES),
  areas: fc.subarray(AREAS),
  values: fc.array(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 11, 2.5) }), { minLength: AREAS.length, maxLength: AREAS.length }),
  reversed: fc.boolean(),
  total: fc.constantFrom(7, 19.25, 35, 20, 36),
});

function toReadings(raw: ReadonlyArray<{ client: string; instrument: string; date: string; areas: string[]; values: number[]; reversed: boolean; total: number }>): Reading[] {
  return raw.map((r) => ({
    clientId: r.client,
    instrumentId: r.instrument,
    date: r.date,
    scores: r.instrument === 'swemwbs' ? { total: r.total } : Object.fromEntries((r.reversed ? [...r.areas].reverse() : r.areas).map((a, k) => [a, r.values[k] as number])),
  }));
}

/** The public-function route, reduced to what the pairer reports. */
function reference(readings: Reading[], windowEnd: string | undefined, minDaysApart: number) {
  const paired = pairReadings(readings, { strategy: windowEnd === undefined ? 'first-last' : 'first-latest-before', ...(windowEnd === undefined ? {} : { windowEnd }), minDaysApart, onInvalid: 'exclude' });
  const stars = paired.pairs.filter((p) => p.instrumentId !== 'swemwbs');
  const mapped = mapPairsToPrimaryOutcomes(stars, { mapping: MAPPING, missingAreas: 'skip' });
  return {
    pairs: paired.pairs.map((p) => `${p.clientId}|${p.instrumentId}|${p.baseline.index}|${p.followUp.index}|${p.daysApart}`),
    rows: mapped.rows.map((r) => `${r.clientId}|${PRIMARY_OUTCOMES.findIndex((o) => o.id === r.outcomeId)}|${r.pre}|${r.post}`),
    byReason: EXCLUSION_REASONS.map((r) => paired.counts.readingsByReason[r]),
    missing: PRIMARY_OUTCOMES.map((o) => mapped.missing[o.id]),
  };
}

function viaPairer(readings: Reading[], windowEnd: string | undefined, minDaysApart: number) {
  const pairer = new ClientPairer('test', { registry: undefined, windowEnd: windowEnd === undefined ? undefined : dayOf(windowEnd), minDaysApart, mapping: MAPPING });
  const clients = [...new Set(readings.map((r) => r.clientId))].sort();
  const pairs: string[] = [];
  const rows: string[] = [];
  for (const c of clients) {
    const mine = readings.map((r, i) => ({ r, i })).filter((x) => x.r.clientId === c);
    const list = mine.map((x) => x.r);
    pairer.pairClient(c, list, 0, (instrumentId, b, f, days, jb, jf) => {
      pairs.push(`${c}|${instrumentId}|${(mine[list.indexOf(b)] as { i: number }).i}|${(mine[list.indexOf(f)] as { i: number }).i}|${days}`);
      expect([list[jb], list[jf]]).toEqual([b, f]);
      pairer.mapPair(instrumentId, jb, jf);
      pairer.scored.forEach((on, k) => { if (on === 1) rows.push(`${c}|${k}|${pairer.mapped[2 * k]}|${pairer.mapped[2 * k + 1]}`); });
    });
  }
  return { pairs, rows, byReason: [...pairer.readingsByReason], missing: [...pairer.missing], nPairs: pairer.nPairs, nReadings: pairer.nReadings };
}

describe('ClientPairer equals pairReadings → mapPairsToPrimaryOutcomes', () => {
  test.prop([fc.array(readingArb, { maxLength: 40 }), fc.option(fc.constantFrom('2023-06-30', '2023-12-31', '2024-03-31'), { nil: undefined }), fc.integer({ min: 0, max: 120 })], { numRuns: 500 })(
    'same pairs (in client then instrument order), mapped values bit for bit, and exclusion counts',
    (raw, windowEnd, minDaysApart) => {
      const readings = toReadings(raw);
      const want = reference(readings, windowEnd, minDaysApart);
      const got = viaPairer(readings, windowEnd, minDaysApart);
      expect(got.pairs).toEqual(want.pairs);
      expect(got.rows).toEqual(want.rows);
      expect(got.byReason).toEqual(want.byReason);
      expect(got.missing).toEqual(want.missing);
      expect(got.nPairs).toBe(want.pairs.length);
      expect(got.nReadings).toBe(readings.length);
    },
  );

  it('a worked case: a duplicate date, a reading after the window, a single reading and a close follow-up', () => {
    const s = (v: number) => ({ motivation: v, 'managing-money': v, 'social-networks': v, 'physical-health': v, 'emotional-mental-health': v, 'managing-tenancy': v });
    const readings: Reading[] = [
      { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-04-01', scores: s(2) },
      { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-10-01', scores: s(6) },
      { clientId: 'A', instrumentId: 'homelessness-star', date: '2024-06-01', scores: s(9) },
      { clientId: 'A', instrumentId: 'swemwbs', date: '2023-04-01', scores: { total: 19.25 } },
      { clientId: 'A', instrumentId: 'swemwbs', date: '2023-04-01', scores: { total: 19.25 } },
      { clientId: 'A', instrumentId: 'swemwbs', date: '2023-09-01', scores: { total: 23.21 } },
    ];
    const got = viaPairer(readings, '2024-03-31', 14);
    expect(got.pairs).toEqual(['A|homelessness-star|0|1|183']);
    expect(got.byReason[EXCLUSION_REASONS.indexOf('outside-window')]).toBe(1);
    expect(got.byReason[EXCLUSION_REASONS.indexOf('duplicate-date')]).toBe(2);
    expect(got.byReason[EXCLUSION_REASONS.indexOf('single-reading')]).toBe(1);
    // Four outcomes mapped from the Homelessness Star: (6 − 2) / 9 apart on each.
    expect(got.rows).toEqual([0, 1, 2, 3].map((k) => `A|${k}|${1 / 9}|${5 / 9}`));
    const want = reference(readings, '2024-03-31', 14);
    expect(got.pairs).toEqual(want.pairs);
    expect(got.rows).toEqual(want.rows);
  });

  it('agrees on a synthetic cohort with many pairs', () => {
    const readings = generateCohort({ n: 400, seed: 5 }).flatMap((r) => r.readings);
    const want = reference(readings, '2024-03-31', 14);
    const got = viaPairer(readings, '2024-03-31', 14);
    expect(want.rows.length).toBeGreaterThan(300);
    expect(got.pairs).toEqual(want.pairs);
    expect(got.rows).toEqual(want.rows);
    expect(got.byReason).toEqual(want.byReason);
  });

  it('throws a typed error naming the record and reading for a structural fault', () => {
    const pairer = new ClientPairer('buildReport', { registry: undefined, windowEnd: undefined, minDaysApart: 14, mapping: MAPPING });
    const bad = [{ clientId: 'B', instrumentId: 'swemwbs', date: '2023-01-01', scores: { total: 20 } }] as Reading[];
    expect(() => pairer.pairClient('A', bad, 7, () => undefined)).toThrow(InvalidInputError);
    try {
      pairer.pairClient('A', bad, 7, () => undefined);
    } catch (e) {
      expect((e as InvalidInputError).path).toEqual(['records', 7, 'readings', 0, 'clientId']);
    }
    const noScores = [{ clientId: 'A', instrumentId: 'swemwbs', date: '2023-01-01', scores: null }] as unknown as Reading[];
    expect(() => pairer.pairClient('A', noScores, 2, () => undefined)).toThrow(/scores to be an object/);
  });
});
