import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CARERS_WELLBEING_CHECK, SWEMWBS_METRIC_TABLE } from 'social-outcomes/data/instruments';
import {
  EXCLUSION_REASONS,
  InvalidInputError,
  ReferenceDataError,
  SocialOutcomesError,
  pairReadings,
  type PairReadingsOptions,
  type PairReadingsResult,
  type Reading,
} from 'social-outcomes/outcomes';
import { deepFreeze } from '../_helpers/deepFreeze';
import { loadFixture } from '../_helpers/fixtures';

// --- fixture: an independent Python implementation of the documented rules -------------------
const Case = z.object({
  name: z.string(),
  options: z.record(z.string(), z.unknown()),
  readings: z.array(z.object({ clientId: z.string(), instrumentId: z.string(), date: z.string(), scores: z.record(z.string(), z.number()), retrospective: z.boolean().optional(), readingId: z.string().optional() })),
  expected: z.object({
    pairs: z.array(z.object({ clientId: z.string(), instrumentId: z.string(), baselineIndex: z.number(), followUpIndex: z.number(), daysApart: z.number(), baselineDelayDays: z.number(), unused: z.array(z.number()) })),
    excluded: z.array(z.object({ clientId: z.string(), instrumentId: z.string(), reason: z.string(), indices: z.array(z.number()) })),
    counts: z.object({ readings: z.number(), used: z.number(), unused: z.number(), excluded: z.number() }),
  }),
});
const fixture = loadFixture('outcomes/pairReadings/pairReadings.json', Case);

function summarise(r: PairReadingsResult) {
  return {
    pairs: r.pairs.map((p) => ({ clientId: p.clientId, instrumentId: p.instrumentId, baselineIndex: p.baseline.index, followUpIndex: p.followUp.index, daysApart: p.daysApart, baselineDelayDays: p.baselineDelayDays, unused: p.unused.map((u) => u.index) })),
    excluded: r.excluded.map((e) => ({ clientId: e.clientId, instrumentId: e.instrumentId, reason: e.reason, indices: e.readings.map((x) => x.index) })),
    counts: { readings: r.counts.readings, used: r.counts.used, unused: r.counts.unused, excluded: r.counts.excluded },
  };
}

describe('pairReadings against the Python reference (pairReadings.json)', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = pairReadings(c.readings as Reading[], c.options as PairReadingsOptions);
    // Exact: pair choice, day counts and exclusion lists are integers and ids.
    expect(summarise(result)).toEqual(c.expected);
    for (const p of result.pairs) {
      expect(p.baseline.readingId).toBe(c.readings[p.baseline.index]?.readingId);
      expect(p.baseline.scores).toEqual(c.readings[p.baseline.index]?.scores);
      expect(p.followUp.date).toBe(c.readings[p.followUp.index]?.date);
    }
  });

  it('the fixtures exercise every exclusion reason', () => {
    const seen = new Set(fixture.cases.flatMap((c) => c.expected.excluded.map((e) => e.reason)));
    expect([...seen].sort()).toEqual([...EXCLUSION_REASONS].sort());
  });
});

// --- hand-made cases -------------------------------------------------------------------------
const star = (clientId: string, date: string, s: number, extra: Partial<Reading> = {}): Reading => ({ clientId, instrumentId: 'homelessness-star', date, scores: { 'managing-tenancy': s }, ...extra });

describe('pairReadings strategies', () => {
  const readings = [
    star('A', '2023-01-10', 3, { readingId: 'a1', retrospective: true }),
    star('A', '2023-04-12', 5, { readingId: 'a2' }),
    star('A', '2023-07-11', 6, { readingId: 'a3' }),
    star('A', '2024-01-09', 8, { readingId: 'a4' }),
    star('B', '2023-06-01', 4, { readingId: 'b1' }),
    star('B', '2023-06-20', 5, { readingId: 'b2' }),
  ];

  it('first-last pairs the first and the latest reading and lists the rest as unused', () => {
    const r = pairReadings(readings);
    expect(r.pairs.map((p) => [p.clientId, p.baseline.readingId, p.followUp.readingId, p.daysApart])).toEqual([['A', 'a1', 'a4', 364], ['B', 'b1', 'b2', 19]]);
    expect(r.pairs[0]?.unused).toEqual([{ index: 1, readingId: 'a2' }, { index: 2, readingId: 'a3' }]);
    expect(r.counts).toMatchObject({ readings: 6, used: 4, unused: 2, excluded: 0 });
    expect(r.nRetrospectiveBaselines).toBe(1);
    expect(r.settings).toEqual({ strategy: 'first-last', minDaysApart: 14, excludeRetrospectiveBaseline: false, onInvalid: 'throw' });
  });

  it('first-latest-before stops at windowEnd and counts later readings as outside-window', () => {
    const r = pairReadings(readings, { strategy: 'first-latest-before', windowEnd: '2023-12-31' });
    expect(r.pairs.map((p) => p.followUp.readingId)).toEqual(['a3', 'b2']);
    expect(r.excluded).toEqual([{ clientId: 'A', instrumentId: 'homelessness-star', reason: 'outside-window', readings: [{ index: 3, readingId: 'a4' }], detail: '1 reading(s) after windowEnd 2023-12-31' }]);
    expect(r.counts).toMatchObject({ used: 4, unused: 1, excluded: 1 });
    expect(r.counts.byReason['outside-window']).toBe(1);
  });

  it('baseline-and-nearest picks the reading nearest the target (ties: the earlier)', () => {
    expect(pairReadings(readings, { strategy: 'baseline-and-nearest', targetDays: 91 }).pairs[0]?.followUp.readingId).toBe('a2');
    expect(pairReadings(readings, { strategy: 'baseline-and-nearest', targetDays: 365 }).pairs[0]?.followUp.readingId).toBe('a4');
    // a2 is 92 days and a3 182 days after a1: a target of 137 is equidistant → the earlier.
    expect(pairReadings(readings, { strategy: 'baseline-and-nearest', targetDays: 137 }).pairs[0]?.followUp.readingId).toBe('a2');
    const tight = pairReadings(readings, { strategy: 'baseline-and-nearest', targetDays: 365, targetToleranceDays: 10, minDaysApart: 30 });
    expect(tight.pairs.map((p) => p.clientId)).toEqual(['A']);
    expect(tight.excluded.map((e) => [e.clientId, e.reason])).toEqual([['B', 'too-close']]);
    const none = pairReadings(readings, { strategy: 'baseline-and-nearest', targetDays: 200, targetToleranceDays: 5 });
    expect(none.excluded.map((e) => [e.clientId, e.reason])).toEqual([['A', 'outside-window'], ['B', 'outside-window']]);
  });

  it('minDaysApart: too-close below it, paired at it', () => {
    expect(pairReadings(readings, { minDaysApart: 20 }).excluded.map((e) => [e.clientId, e.reason, e.readings.length])).toEqual([['B', 'too-close', 2]]);
    expect(pairReadings(readings, { minDaysApart: 19 }).pairs).toHaveLength(2);
  });

  it('excludeRetrospectiveBaseline excludes the series (sensitivity analysis)', () => {
    const r = pairReadings(readings, { excludeRetrospectiveBaseline: true });
    expect(r.pairs.map((p) => p.clientId)).toEqual(['B']);
    expect(r.excluded[0]).toMatchObject({ clientId: 'A', reason: 'retrospective-baseline' });
    expect(r.excluded[0]?.readings).toHaveLength(4);
  });

  it('maxBaselineDelayDays: no-baseline when the first reading is late after the start', () => {
    const withWemwbs = [...readings, { clientId: 'B', instrumentId: 'swemwbs', date: '2023-03-01', scores: { total: 19.25 } }];
    // B's start defaults to its earliest reading of any instrument (SWEMWBS on 1 March): the Star baseline is 92 days later.
    const r = pairReadings(withWemwbs, { maxBaselineDelayDays: 60 });
    expect(r.excluded.map((e) => [e.clientId, e.instrumentId, e.reason])).toEqual([['B', 'homelessness-star', 'no-baseline'], ['B', 'swemwbs', 'single-reading']]);
    const started = pairReadings(readings, { maxBaselineDelayDays: 30, startDates: { A: '2022-10-01', B: '2023-05-20' } });
    expect(started.pairs.map((p) => [p.clientId, p.baselineDelayDays])).toEqual([['B', 12]]);
    expect(started.excluded[0]).toMatchObject({ clientId: 'A', reason: 'no-baseline', detail: 'first reading 2023-01-10 is 101 days after the start (limit 30)' });
  });

  it('does not depend on input order', () => {
    const a = pairReadings(readings);
    const b = pairReadings([...readings].reverse());
    const ids = (r: PairReadingsResult) => r.pairs.map((p) => [p.baseline.readingId, p.followUp.readingId, p.unused.map((u) => u.readingId)]);
    expect(ids(b)).toEqual(ids(a));
  });

  it('returns an empty, fully counted result for no readings', () => {
    const r = pairReadings([]);
    expect(r).toMatchObject({ pairs: [], excluded: [], nPairs: 0, nReadings: 0, nClients: 0, counts: { readings: 0, used: 0, unused: 0, excluded: 0 } });
    expect(Object.keys(r.counts.byReason)).toEqual([...EXCLUSION_REASONS]);
  });

  it('is pure: frozen input, byte-identical JSON on repeat', () => {
    const frozen = deepFreeze(readings.map((r) => ({ ...r, scores: { ...r.scores } })));
    const a = JSON.stringify(pairReadings(frozen, { strategy: 'first-latest-before', windowEnd: '2023-12-31' }));
    expect(JSON.stringify(pairReadings(frozen, { strategy: 'first-latest-before', windowEnd: '2023-12-31' }))).toBe(a);
  });
});

describe('pairReadings data rules', () => {
  it('throws on an invalid date, naming the client and the reading', () => {
    const bad = [star('A', '2023-01-10', 3), star('A', '2023-02-30', 5, { readingId: 'r-17' })];
    expect(() => pairReadings(bad)).toThrow(InvalidInputError);
    expect(() => pairReadings(bad)).toThrow(/"2023-02-30".*client "A", reading "r-17"/);
    try {
      pairReadings(bad);
    } catch (e) {
      expect((e as InvalidInputError).code).toBe('invalid-date');
      expect((e as InvalidInputError).path).toEqual(['readings', 1, 'date']);
    }
    for (const date of ['2023-1-10', '10/01/2023', '2023-01-10T09:00', '20230110', '', 20230110, null]) {
      expect(() => pairReadings([star('A', date as string, 3)]), String(date)).toThrow(InvalidInputError);
    }
  });

  it('throws on duplicate reading dates, naming both readings; or excludes both', () => {
    const dup = [star('A', '2023-01-10', 3, { readingId: 'x' }), star('A', '2023-01-10', 4, { readingId: 'y' }), star('A', '2023-06-10', 6, { readingId: 'z' })];
    expect(() => pairReadings(dup)).toThrow(/2 homelessness-star readings dated 2023-01-10 for client "A" \("x" and "y"\)/);
    const r = pairReadings(dup, { onInvalid: 'exclude' });
    expect(r.excluded.map((e) => [e.reason, e.readings.map((x) => x.readingId)])).toEqual([['duplicate-date', ['x', 'y']], ['single-reading', ['z']]]);
    // Same date on different instruments is fine.
    expect(pairReadings([star('A', '2023-01-10', 3), { clientId: 'A', instrumentId: 'swemwbs', date: '2023-01-10', scores: { total: 7 } }]).counts.excluded).toBe(2);
  });

  it('throws on unknown instruments and areas (ReferenceDataError) and off-scale scores (InvalidInputError)', () => {
    expect(() => pairReadings([{ clientId: 'A', instrumentId: 'homelessness-star-v4', date: '2023-01-10', scores: { x: 1 } }])).toThrow(ReferenceDataError);
    expect(() => pairReadings([{ clientId: 'A', instrumentId: 'homelessness-star', date: '2023-01-10', scores: { 'managing-rent': 3 } }])).toThrow(ReferenceDataError);
    for (const s of [0, 11, 4.5, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
      expect(() => pairReadings([star('A', '2023-01-10', s as number)]), String(s)).toThrow(InvalidInputError);
    }
    expect(() => pairReadings([{ clientId: 'A', instrumentId: 'swemwbs', date: '2023-01-10', scores: { total: 20 } }])).toThrow(/SWEMWBS|swemwbs scale/);
    expect(() => pairReadings([{ clientId: 'A', instrumentId: 'swemwbs', date: '2023-01-10', scores: {} }])).toThrow(InvalidInputError);
  });

  it('counts the same problems as exclusions with onInvalid: exclude', () => {
    const r = pairReadings(
      [
        star('A', '2023-01-10', 3),
        star('A', '2023-02-30', 5),
        star('A', '2023-05-10', 11),
        { clientId: 'A', instrumentId: 'mystery-star', date: '2023-01-10', scores: { a: 1 } },
        { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-03-10', scores: { nope: 1 } },
        { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-04-10', scores: {} },
        star('A', '2023-08-10', 7),
      ],
      { onInvalid: 'exclude' },
    );
    expect(r.pairs).toHaveLength(1);
    expect(r.excluded.map((e) => [e.instrumentId, e.reason, e.readings[0]?.index])).toEqual([
      ['homelessness-star', 'invalid-date', 1],
      ['homelessness-star', 'unknown-area', 4],
      ['homelessness-star', 'off-scale', 2],
      ['homelessness-star', 'no-scores', 5],
      ['mystery-star', 'unknown-instrument', 3],
    ]);
    expect(r.counts).toMatchObject({ readings: 7, used: 2, unused: 0, excluded: 5 });
  });

  it('lists many exclusions of one client: every reading once, the first three details and how many more', () => {
    // A placeholder client id holding many bad readings: 4,000 off-scale readings on distinct dates, then 150,000
    // readings on one date (one duplicate-date exclusion of all of them, which overflowed the call stack when its
    // readings were spread into push).
    const day = (i: number): string => new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const offScale = Array.from({ length: 4000 }, (_, i) => star('UNKNOWN', day(i), 11 + (i % 3)));
    const r = pairReadings(offScale, { onInvalid: 'exclude' });
    const e = r.excluded.find((x) => x.reason === 'off-scale');
    expect(e?.readings.map((x) => x.index)).toEqual(offScale.map((_, i) => i));
    expect(e?.detail).toMatch(/; and 3997 more$/);
    const same = Array.from({ length: 150_000 }, (_, i) => star('UNKNOWN', '2023-01-01', 1 + (i % 10)));
    const d = pairReadings(same, { onInvalid: 'exclude' });
    expect(d.excluded).toHaveLength(1);
    expect(d.excluded[0]?.reason).toBe('duplicate-date');
    expect(d.excluded[0]?.readings).toHaveLength(150_000);
    expect(d.counts).toMatchObject({ readings: 150_000, excluded: 150_000 });
  });

  it('requires the Carers Wellbeing Check scale from the user', () => {
    const cwc = (date: string, home: number): Reading => ({ clientId: 'C', instrumentId: 'carers-wellbeing-check', date, scores: { home } });
    expect(() => pairReadings([cwc('2023-01-01', 2), cwc('2023-06-01', 4)])).toThrow(ReferenceDataError);
    expect(() => pairReadings([cwc('2023-01-01', 2), cwc('2023-06-01', 4)], { onInvalid: 'exclude' })).toThrow(/no public source/);
    const instruments = { 'carers-wellbeing-check': { ...CARERS_WELLBEING_CHECK, scale: { min: 1, max: 5, step: 1, higherIsBetter: true } } };
    expect(pairReadings([cwc('2023-01-01', 2), cwc('2023-06-01', 4)], { instruments }).nPairs).toBe(1);
  });

  it('requireSorted rejects out-of-order input', () => {
    const unsorted = [star('A', '2023-05-10', 3, { readingId: 'late' }), star('A', '2023-01-10', 4, { readingId: 'early' })];
    expect(pairReadings(unsorted).nPairs).toBe(1);
    expect(() => pairReadings(unsorted, { requireSorted: true })).toThrow(/reading "early" dated 2023-01-10 follows 2023-05-10/);
  });

  it('rejects malformed readings whatever onInvalid says', () => {
    const malformed: unknown[] = [
      null, 'A', [1], { instrumentId: 'homelessness-star', date: '2023-01-10', scores: { motivation: 3 } },
      { clientId: '', instrumentId: 'homelessness-star', date: '2023-01-10', scores: { motivation: 3 } },
      { clientId: 7, instrumentId: 'homelessness-star', date: '2023-01-10', scores: { motivation: 3 } },
      { clientId: 'A', date: '2023-01-10', scores: { motivation: 3 } },
      { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-01-10', scores: [3] },
      { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-01-10', scores: { motivation: 3 }, retrospective: 'yes' },
      { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-01-10', scores: { motivation: 3 }, readingId: 5 },
      { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-01-10', scores: { motivation: 3 }, completedBy: true },
    ];
    for (const m of malformed) {
      expect(() => pairReadings([m as Reading], { onInvalid: 'exclude' }), JSON.stringify(m)).toThrow(InvalidInputError);
    }
    expect(() => pairReadings([star('A', '2023-01-10', 3, { readingId: 'r' }), star('B', '2023-01-10', 3, { readingId: 'r' })])).toThrow(/readingIds to be unique/);
    expect(() => pairReadings('readings' as never)).toThrow(InvalidInputError);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => pairReadings([star('A', '2023-01-10', 3), , star('A', '2023-06-10', 3)] as Reading[])).toThrow(InvalidInputError);
  });

  it('rejects invalid options', () => {
    const r = [star('A', '2023-01-10', 3), star('A', '2023-06-10', 5)];
    const bad: unknown[] = [
      { strategy: 'first-next' },
      { strategy: 'first-latest-before' },
      { strategy: 'first-last', windowEnd: '2023-12-31' },
      { strategy: 'baseline-and-nearest' },
      { strategy: 'baseline-and-nearest', targetDays: 0 },
      { strategy: 'baseline-and-nearest', targetDays: 90.5 },
      { strategy: 'baseline-and-nearest', targetDays: 90, targetToleranceDays: -1 },
      { targetDays: 90 },
      { minDaysApart: -1 },
      { minDaysApart: 1.5 },
      { minDaysApart: Number.NaN },
      { strategy: 'first-latest-before', windowEnd: '31/12/2023' },
      { maxBaselineDelayDays: -3 },
      { startDates: { A: '2023-02-30' } },
      { startDates: ['2023-01-01'] },
      { excludeRetrospectiveBaseline: 'yes' },
      { onInvalid: 'skip' },
      { instruments: [] },
      'options',
    ];
    for (const o of bad) expect(() => pairReadings(r, o as PairReadingsOptions), JSON.stringify(o)).toThrow(InvalidInputError);
  });
});

// --- property: nothing disappears unaccounted ----------------------------------------------------
const DATES = ['2023-01-01', '2023-01-10', '2023-01-20', '2023-02-15', '2023-04-01', '2023-06-30', '2023-07-01', '2023-12-31', '2024-02-29', '2024-04-01', '2023-02-29', 'bad'];
const readingArb = fc.record({
  clientId: fc.constantFrom('A', 'B', 'C', 'D'),
  instrument: fc.constantFrom('homelessness-star', 'swemwbs', 'mystery'),
  date: fc.constantFrom(...DATES),
  starScore: fc.integer({ min: 0, max: 11 }),
  swScore: fc.constantFrom(...SWEMWBS_METRIC_TABLE.map((r) => r.metric), 20),
  area: fc.constantFrom('motivation', 'offending', 'no-such-area'),
  retrospective: fc.option(fc.boolean(), { nil: undefined }),
  withId: fc.boolean(),
  empty: fc.boolean(),
});
const optionsArb = fc.oneof(
  fc.record({ strategy: fc.constant('first-last' as const), minDaysApart: fc.integer({ min: 0, max: 100 }), excludeRetrospectiveBaseline: fc.boolean(), maxBaselineDelayDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) }),
  fc.record({ strategy: fc.constant('first-latest-before' as const), windowEnd: fc.constantFrom('2023-03-31', '2023-12-31'), minDaysApart: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ strategy: fc.constant('baseline-and-nearest' as const), targetDays: fc.integer({ min: 1, max: 400 }), targetToleranceDays: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), windowEnd: fc.option(fc.constantFrom('2023-06-30'), { nil: undefined }) }),
);

function build(raw: Array<{ clientId: string; instrument: string; date: string; starScore: number; swScore: number; area: string; retrospective: boolean | undefined; withId: boolean; empty: boolean }>): Reading[] {
  return raw.map((x, i) => ({
    clientId: x.clientId,
    instrumentId: x.instrument,
    date: x.date,
    scores: x.empty ? {} : x.instrument === 'swemwbs' ? { total: x.swScore } : { [x.area]: x.starScore },
    ...(x.retrospective !== undefined ? { retrospective: x.retrospective } : {}),
    ...(x.withId ? { readingId: `r${i}` } : {}),
  }));
}

describe('pairReadings invariants', () => {
  test.prop([fc.array(readingArb, { maxLength: 40 }), optionsArb], { seed: 4104, numRuns: 400 })(
    'every input reading is in a pair, unused in a pair, or in exactly one exclusion',
    (raw, opts) => {
      const readings = build(raw);
      const clean = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as PairReadingsOptions;
      const r = pairReadings(readings, { ...clean, onInvalid: 'exclude' });
      const seen: number[] = [];
      for (const p of r.pairs) {
        seen.push(p.baseline.index, p.followUp.index, ...p.unused.map((u) => u.index));
        expect(p.daysApart).toBe(Math.round((Date.parse(p.followUp.date) - Date.parse(p.baseline.date)) / 86_400_000));
        expect(p.daysApart).toBeGreaterThanOrEqual(clean.minDaysApart ?? 14);
        if (clean.windowEnd !== undefined) expect(p.followUp.date <= clean.windowEnd).toBe(true);
        for (const u of p.unused) expect(readings[u.index]?.date.localeCompare(p.baseline.date)).toBeGreaterThan(0);
      }
      for (const e of r.excluded) seen.push(...e.readings.map((x) => x.index));
      expect(seen.sort((a, b) => a - b)).toEqual(readings.map((_, i) => i));
      expect(r.counts.readings).toBe(r.counts.used + r.counts.unused + r.counts.excluded);
      expect(Object.values(r.counts.readingsByReason).reduce((a, b) => a + b, 0)).toBe(r.counts.excluded);
      expect(Object.values(r.counts.byReason).reduce((a, b) => a + b, 0)).toBe(r.excluded.length);
      expect(r.nClients).toBe(new Set(readings.map((x) => x.clientId)).size);
    },
  );

  test.prop([fc.array(readingArb, { maxLength: 30 }), optionsArb], { seed: 4105, numRuns: 300 })(
    'with onInvalid: throw, the only outcomes are a result or a typed error',
    (raw, opts) => {
      const clean = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as PairReadingsOptions;
      try {
        const r = pairReadings(build(raw), clean);
        expect(r.counts.readings).toBe(r.counts.used + r.counts.unused + r.counts.excluded);
      } catch (e) {
        expect(e).toBeInstanceOf(SocialOutcomesError);
        expect((e as Error).message).toMatch(/^pairReadings /);
      }
    },
  );
});
