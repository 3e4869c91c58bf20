import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInputError, ReferenceDataError, trajectories, type Reading } from 'social-outcomes/outcomes';
import { deepFreeze } from '../_helpers/deepFreeze';
import { loadFixture } from '../_helpers/fixtures';

const Quarters = z.object({
  points: z.array(z.object({ date: z.string(), daysSinceBaseline: z.number(), quarterIndex: z.number(), quarterOffsetDays: z.number() })),
  missedQuarters: z.array(z.number()),
  repeatedQuarters: z.array(z.number()),
  nQuarters: z.number(),
});
const fixture = loadFixture(
  'outcomes/trajectories/trajectories.json',
  z.object({ clientId: z.string(), instrumentId: z.string(), readings: z.array(z.object({ date: z.string(), scores: z.record(z.string(), z.number()) })), nearest: Quarters, elapsed: Quarters }),
);

describe('trajectories against python-dateutil (trajectories.json)', () => {
  // All series in one call, shuffled, so grouping and sorting are exercised too.
  const readings: Reading[] = fixture.cases.flatMap((c) => c.readings.map((r) => ({ clientId: c.clientId, instrumentId: c.instrumentId, date: r.date, scores: r.scores })));
  const shuffled = readings.map((r, i) => [((i * 7919) % 104729) / 104729, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);

  for (const rule of ['nearest', 'elapsed'] as const) {
    it(`${rule}: days since baseline, quarter index and offset, missed and repeated quarters (exact)`, () => {
      const res = trajectories(shuffled, { quarterRule: rule });
      expect(res.nSeries).toBe(fixture.cases.length);
      expect(res.counts).toMatchObject({ readings: readings.length, used: readings.length, unused: 0, excluded: 0 });
      for (const c of fixture.cases) {
        const t = res.trajectories.find((x) => x.clientId === c.clientId && x.instrumentId === c.instrumentId);
        const want = c[rule];
        expect(t?.points.map((p) => ({ date: p.date, daysSinceBaseline: p.daysSinceBaseline, quarterIndex: p.quarterIndex, quarterOffsetDays: p.quarterOffsetDays })), c.clientId).toEqual(want.points);
        expect(t?.missedQuarters).toEqual(want.missedQuarters);
        expect(t?.repeatedQuarters).toEqual(want.repeatedQuarters);
        expect(t?.nQuarters).toBe(want.nQuarters);
        expect(t?.baselineDate).toBe(want.points[0]?.date);
      }
    });
  }
});

describe('trajectories', () => {
  const sw = (clientId: string, date: string, total: number, readingId?: string): Reading => ({ clientId, instrumentId: 'swemwbs', date, scores: { total }, ...(readingId ? { readingId } : {}) });

  it('uses calendar months from the baseline (31 Jan + 3 months = 30 Apr)', () => {
    const t = trajectories([sw('A', '2023-01-31', 17.43), sw('A', '2023-04-30', 19.25), sw('A', '2023-07-31', 21.54)]).trajectories[0];
    expect(t?.points.map((p) => [p.quarterIndex, p.quarterOffsetDays, p.daysSinceBaseline])).toEqual([[0, 0, 0], [1, 0, 89], [2, 0, 181]]);
  });

  it('nearest vs elapsed differ for a reading taken just before its review date', () => {
    const r = [sw('A', '2023-01-01', 17.43), sw('A', '2023-03-30', 19.25)];
    expect(trajectories(r).trajectories[0]?.points[1]).toMatchObject({ quarterIndex: 1, quarterOffsetDays: -2 });
    expect(trajectories(r, { quarterRule: 'elapsed' }).trajectories[0]?.points[1]).toMatchObject({ quarterIndex: 0, quarterOffsetDays: 88 });
  });

  it('excludes readings after windowEnd and data faults, and accounts for every reading', () => {
    const res = trajectories([sw('A', '2023-01-01', 17.43, 'a1'), sw('A', '2024-06-01', 19.25, 'a2'), sw('B', '2023-02-30', 19.25, 'b1'), sw('B', '2023-03-01', 20, 'b2')], { windowEnd: '2023-12-31', onInvalid: 'exclude' });
    expect(res.trajectories.map((t) => [t.clientId, t.points.length])).toEqual([['A', 1]]);
    expect(res.excluded.map((e) => [e.clientId, e.reason, e.readings.map((x) => x.readingId)])).toEqual([['A', 'outside-window', ['a2']], ['B', 'invalid-date', ['b1']], ['B', 'off-scale', ['b2']]]);
    expect(res.counts).toMatchObject({ readings: 4, used: 1, excluded: 3 });
    expect(res.nClients).toBe(2);
  });

  it('throws typed errors naming the client and reading', () => {
    expect(() => trajectories([sw('A', '2023-02-30', 17.43, 'x9')])).toThrow(/client "A", reading "x9"/);
    expect(() => trajectories([sw('A', '2023-01-01', 17.43), sw('A', '2023-01-01', 19.25)])).toThrow(InvalidInputError);
    expect(() => trajectories([{ clientId: 'A', instrumentId: 'nope', date: '2023-01-01', scores: { total: 1 } }])).toThrow(ReferenceDataError);
    expect(() => trajectories([{ clientId: 'A', instrumentId: 'carers-wellbeing-check', date: '2023-01-01', scores: { home: 1 } }])).toThrow(ReferenceDataError);
    expect(() => trajectories('x' as never)).toThrow(InvalidInputError);
    for (const o of [{ quarterRule: 'floor' }, { windowEnd: '2023-13-01' }, { onInvalid: 'ignore' }, { requireSorted: 1 }, 5]) {
      expect(() => trajectories([sw('A', '2023-01-01', 17.43)], o as never), JSON.stringify(o)).toThrow(InvalidInputError);
    }
  });

  it('is pure and deterministic', () => {
    const input = deepFreeze([sw('B', '2023-05-01', 17.43), sw('A', '2023-01-01', 19.25), sw('A', '2023-09-01', 21.54)]);
    const a = JSON.stringify(trajectories(input));
    expect(JSON.stringify(trajectories(input))).toBe(a);
    expect(trajectories(input).trajectories.map((t) => t.clientId)).toEqual(['A', 'B']);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 2000 })], { seed: 4106, numRuns: 300 })(
    'quarter indices never decrease along a trajectory and offsets stay within half a quarter (nearest)',
    (offsets, start) => {
      const base = Date.UTC(2021, 0, 1) + start * 86_400_000;
      const dates = [...new Set([0, ...offsets])].map((d) => new Date(base + d * 86_400_000).toISOString().slice(0, 10));
      const t = trajectories(dates.map((d) => sw('P', d, 23.21))).trajectories[0];
      const pts = t?.points ?? [];
      for (let i = 1; i < pts.length; i++) expect(pts[i]?.quarterIndex).toBeGreaterThanOrEqual(pts[i - 1]?.quarterIndex as number);
      for (const p of pts) expect(Math.abs(p.quarterOffsetDays)).toBeLessThanOrEqual(46);
      expect(pts[0]?.quarterIndex).toBe(0);
    },
  );
});
