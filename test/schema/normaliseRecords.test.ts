import { describe, expect, it } from 'vitest';
import { InvalidInputError, normaliseRecords, type ClientRecord, type Reading } from 'social-outcomes/schema';
import { deepFreeze } from '../_helpers/deepFreeze';

const base = { gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', ageBand: '25-34' } as const;
const reading = (clientId: string, date: string, total: number, instrumentId = 'wemwbs'): Reading => ({ clientId, instrumentId, date, scores: { total } });

describe('normaliseRecords', () => {
  it('gives one record per client with readings sorted by date then instrument', () => {
    const rows: ClientRecord[] = deepFreeze([
      { ...base, clientId: 'C1', readings: [reading('C1', '2023-09-01', 50)] },
      { ...base, clientId: 'C2', readings: [reading('C2', '2023-02-01', 30)] },
      { ...base, clientId: 'C1', readings: [reading('C1', '2023-03-01', 41), reading('C1', '2023-03-01', 7, 'homelessness-star')] },
    ]);
    const out = normaliseRecords(rows);
    expect(out.clients.map((c) => c.clientId)).toEqual(['C1', 'C2']);
    expect(out.clients[0]?.readings.map((r) => [r.date, r.instrumentId])).toEqual([['2023-03-01', 'homelessness-star'], ['2023-03-01', 'wemwbs'], ['2023-09-01', 'wemwbs']]);
    expect(out.readings).toHaveLength(4);
    expect(out.stats).toEqual({ records: 3, clients: 2, readings: 4, conflicts: 0 });
    expect(out.issues).toEqual([]);
  });

  it('fills not-known and prefer-not-to-say from later rows and reports real conflicts on the later row', () => {
    const rows: ClientRecord[] = [
      { ...base, clientId: 'C1', ethnicity: 'not-known', gender: 'prefer-not-to-say', readings: [] },
      { ...base, clientId: 'C1', ethnicity: 'asian-indian', gender: 'woman', readings: [] },
      { ...base, clientId: 'C1', ethnicity: 'asian-pakistani', readings: [] },
    ];
    const out = normaliseRecords(rows, { rows: [2, 5, 9] });
    expect(out.clients[0]).toMatchObject({ ethnicity: 'asian-indian', gender: 'woman' });
    expect(out.stats.conflicts).toBe(1);
    expect(out.issues).toEqual([
      {
        row: 9, column: 'ethnicity', path: ['records', 2, 'ethnicity'], code: 'invalid-record', value: 'asian-pakistani',
        message: 'client "C1" has ethnicity "asian-pakistani" here but "asian-indian" at row 5; kept the first',
      },
    ]);
  });

  it('takes changeable fields from the first record, age and band together, and merges outputs and needs', () => {
    const rows: ClientRecord[] = [
      { ...base, clientId: 'C1', ageBand: 'not-known', employmentStatus: 'unemployed', outputsAchieved: ['A'], needs: { 'paid-work': 'identified' }, readings: [] },
      { ...base, clientId: 'C1', age: 30, ageBand: '25-34', employmentStatus: 'employed-full-time', outputsAchieved: ['B', 'A'], needs: { 'paid-work': 'met-fully', 'reduce-debt': 'met-partially' }, readings: [] },
      { ...base, clientId: 'C1', age: 31, ageBand: '25-34', needs: { 'paid-work': 'met-partially' }, readings: [] },
    ];
    const c = normaliseRecords(rows).clients[0];
    expect(c).toMatchObject({ age: 30, ageBand: '25-34', employmentStatus: 'unemployed', outputsAchieved: ['A', 'B'], needs: { 'paid-work': 'met-fully', 'reduce-debt': 'met-partially' } });
    expect(Object.keys(c ?? {})).toEqual(['clientId', 'age', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'employmentStatus', 'readings', 'outputsAchieved', 'needs']);
  });

  it('warns when one client id appears under two providers, and keys by provider on request', () => {
    const rows: ClientRecord[] = [
      { ...base, clientId: 'C1', providerId: 'P1', readings: [reading('C1', '2023-01-01', 40)] },
      { ...base, clientId: 'C1', providerId: 'P2', readings: [reading('C1', '2023-06-01', 45)] },
    ];
    const merged = normaliseRecords(rows);
    expect(merged.clients).toHaveLength(1);
    expect(merged.issues[0]).toMatchObject({ row: 2, code: 'duplicate', column: 'providerId' });
    const apart = normaliseRecords(rows, { clientKey: 'providerId+clientId' });
    expect(apart.clients.map((c) => c.clientId)).toEqual(['P1/C1', 'P2/C1']);
    expect(apart.readings.map((r) => r.clientId)).toEqual(['P1/C1', 'P2/C1']);
    expect(apart.issues).toEqual([]);
  });

  it('is pure: same input, byte-identical output, inputs untouched', () => {
    const rows = deepFreeze([{ ...base, clientId: 'C1', readings: [reading('C1', '2023-09-01', 50), reading('C1', '2023-01-01', 40)] }]) as ClientRecord[];
    expect(JSON.stringify(normaliseRecords(rows))).toBe(JSON.stringify(normaliseRecords(rows)));
    expect(rows[0]?.readings[0]?.date).toBe('2023-09-01');
  });

  it('refuses bad input with typed errors', () => {
    expect(() => normaliseRecords('x' as unknown as ClientRecord[])).toThrow(InvalidInputError);
    expect(() => normaliseRecords([{ clientId: 'C1' } as unknown as ClientRecord])).toThrow(/normaliseRecords requires records to be client records/);
    expect(() => normaliseRecords([], { rows: [1] })).toThrow(/one entry per record/);
    expect(() => normaliseRecords([], { clientKey: 'x' } as never)).toThrow(InvalidInputError);
  });
});
