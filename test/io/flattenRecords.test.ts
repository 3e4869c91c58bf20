import { describe, expect, it } from 'vitest';
import { flattenRecords, InvalidInputError } from 'social-outcomes/io';
import type { ClientRecord } from 'social-outcomes/schema';
import { deepFreeze } from '../_helpers/deepFreeze';

const base = { ageBand: '25-34', gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish' } as const;
const records: ClientRecord[] = deepFreeze([
  {
    ...base, clientId: 'C1', providerId: 'P1', readings: [
      { clientId: 'C1', instrumentId: 'wemwbs', date: '2023-01-01', scores: { total: 40 } },
      { clientId: 'C1', instrumentId: 'homelessness-star', date: '2023-01-02', scores: { 'managing-money': 3 }, completedBy: 'worker' },
      { clientId: 'C1', instrumentId: 'wemwbs', date: '2023-07-01', scores: { total: 47 }, retrospective: true },
    ],
    outputsAchieved: ['A', 'B'], needs: { 'paid-work': 'met-fully' },
  },
  { ...base, clientId: 'C2', readings: [], accessibilityRating: 4 },
]);

describe('flattenRecords', () => {
  it('long: one row per reading, a row for a record without readings, only the columns in use', () => {
    const t = flattenRecords(records);
    expect(t.columns).toEqual(['clientId', 'providerId', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'instrumentId', 'readingDate', 'retrospective', 'completedBy', 'score_total', 'score_managing-money', 'outputsAchieved', 'need_paid-work', 'accessibilityRating']);
    expect(t.data).toEqual([
      ['C1', 'P1', '25-34', 'woman', 'yes', 'no', 'white-irish', 'wemwbs', '2023-01-01', null, null, 40, null, 'A;B', 'met-fully', null],
      ['C1', 'P1', '25-34', 'woman', 'yes', 'no', 'white-irish', 'homelessness-star', '2023-01-02', null, 'worker', null, 3, 'A;B', 'met-fully', null],
      ['C1', 'P1', '25-34', 'woman', 'yes', 'no', 'white-irish', 'wemwbs', '2023-07-01', true, null, 47, null, 'A;B', 'met-fully', null],
      ['C2', null, '25-34', 'woman', 'yes', 'no', 'white-irish', null, null, null, null, null, null, null, null, 4],
    ]);
  });
  it('wide: one row per record, readings numbered per instrument', () => {
    const t = flattenRecords(records, { shape: 'wide' });
    expect(t.columns.filter((c) => c.startsWith('star_'))).toEqual([
      'star_wemwbs_date_1', 'star_wemwbs_retrospective_1', 'star_wemwbs_total_1',
      'star_wemwbs_date_2', 'star_wemwbs_retrospective_2', 'star_wemwbs_total_2',
      'star_homelessness-star_date_1', 'star_homelessness-star_completedBy_1', 'star_homelessness-star_managing-money_1',
    ]);
    expect(t.data).toHaveLength(2);
    expect(t.data[0]?.slice(7, 16)).toEqual(['2023-01-01', null, 40, '2023-07-01', true, 47, '2023-01-02', 'worker', 3]);
  });
  it('refuses what is not a list of client records', () => {
    expect(() => flattenRecords({} as never)).toThrow(InvalidInputError);
    expect(() => flattenRecords([{ clientId: 'C1' }] as never)).toThrow(/client records with a clientId and readings/);
    expect(() => flattenRecords(records, { shape: 'tall' } as never)).toThrow(/options\.shape/);
  });
});
