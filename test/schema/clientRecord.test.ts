import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { CLIENT_RECORD_FIELDS, ClientRecordSchema, CORE_FIELDS, ReadingSchema, ScoresSchema, type ClientRecord, type Reading } from 'social-outcomes/schema';
import type { Reading as OutcomesReading } from '../../src/outcomes/readings';
import { deepFreeze } from '../_helpers/deepFreeze';

const reading: Reading = { clientId: 'C1', instrumentId: 'homelessness-star', date: '2023-04-01', scores: { 'managing-money': 4, 'physical-health': 6 } };
const record: ClientRecord = deepFreeze({
  clientId: 'C1',
  ageBand: '25-34',
  gender: 'woman',
  genderSameAsBirth: 'yes',
  disability: 'no',
  ethnicity: 'white-irish',
  readings: [reading],
});

function issues(value: unknown): Array<{ path: string; message: string }> {
  const r = ClientRecordSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('ClientRecord types', () => {
  it('the schemas infer exactly the documented interfaces', () => {
    // The schemas are declared as the interfaces; src/schema/_internal/declared.ts checks at compile time that
    // the zod objects behind them output exactly these fields and accept every value the interfaces allow.
    expectTypeOf<z.infer<typeof ReadingSchema>>().toEqualTypeOf<Reading>();
    expectTypeOf<z.infer<typeof ClientRecordSchema>>().toEqualTypeOf<ClientRecord>();
    expectTypeOf<keyof ClientRecord>().toEqualTypeOf<keyof z.infer<typeof ClientRecordSchema>>();
  });
  it('a schema Reading is what outcomes.pairReadings takes', () => {
    expectTypeOf<Reading>().toExtend<OutcomesReading>();
    // and the shapes agree field for field (completedBy is narrowed to the three codes here)
    expectTypeOf<keyof Reading>().toEqualTypeOf<keyof OutcomesReading>();
  });
  it('lists its fields in canonical order, core fields included', () => {
    expect(CLIENT_RECORD_FIELDS[0]).toBe('clientId');
    for (const f of CORE_FIELDS) expect(CLIENT_RECORD_FIELDS).toContain(f);
    expect(CLIENT_RECORD_FIELDS).toContain('readings');
  });
});

describe('ClientRecordSchema', () => {
  it('accepts a minimal record and returns an equal plain object', () => {
    const r = ClientRecordSchema.parse(record);
    expect(r).toEqual(record);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });

  it('accepts every optional field in its coding', () => {
    const full = {
      ...record,
      providerId: 'P01',
      commissioningArea: 'Vulnerable Adults 1',
      reportingPeriod: '2023-24 Q2',
      age: 30,
      postcodeDistrict: 'B15',
      ward: 'Edgbaston',
      lsoaCode: 'E01009001',
      sex: 'female',
      disabilityDetail: 'no-condition',
      sexualOrientation: 'bisexual',
      religion: 'no-religion',
      employmentStatus: 'unemployed',
      nationality: 'british',
      immigrationStatus: 'british-or-irish-citizen',
      interpreterNeeded: false,
      referralDate: '2023-03-20',
      referralRoute: 'housing officer',
      referralSource: 'statutory',
      referralOutcome: 'supported',
      repeatReferral: false,
      outputsAchieved: ['HACT-1001'],
      providerOutputs: ['ESOL'],
      needs: { 'maximise-income': 'met-partially', 'paid-work': 'identified' },
      accessibilityRating: 4,
    };
    expect(issues(full)).toEqual([]);
  });

  it('refuses unknown keys (a typo is not silently dropped)', () => {
    expect(issues({ ...record, ethnicty: 'white-irish' })[0]?.message).toMatch(/unrecognized key/i);
  });

  it('requires core demographics, and age or ageBand', () => {
    const { gender: _g, ...noGender } = record;
    expect(issues(noGender).map((i) => i.path)).toContain('gender');
    const { ageBand: _a, ...noAge } = record;
    expect(issues(noAge)).toEqual([{ path: 'ageBand', message: "requires age or ageBand (use 'not-known' when neither was recorded)" }]);
    expect(issues({ ...noAge, age: 40 })).toEqual([]);
    expect(issues({ ...record, ageBand: 'not-known' })).toEqual([]);
  });

  it('keeps prefer-not-to-say and not-known as values', () => {
    expect(issues({ ...record, gender: 'prefer-not-to-say', ethnicity: 'not-known', disability: 'prefer-not-to-say', genderSameAsBirth: 'not-known' })).toEqual([]);
  });

  it('ties fields together: age in band, disability detail, unsuccessful reason, reading client', () => {
    expect(issues({ ...record, age: 40 })).toEqual([{ path: 'ageBand', message: 'age 40 is outside ageBand 25-34' }]);
    expect(issues({ ...record, ageBand: '85+', age: 90 })).toEqual([]);
    expect(issues({ ...record, disability: 'no', disabilityDetail: 'limited-a-lot' })[0]?.path).toBe('disabilityDetail');
    expect(issues({ ...record, disability: 'yes', disabilityDetail: 'no-condition' })[0]?.path).toBe('disabilityDetail');
    expect(issues({ ...record, disability: 'not-known', disabilityDetail: 'limited-a-lot' })).toEqual([]);
    expect(issues({ ...record, referralOutcome: 'supported', unsuccessfulReason: 'no-capacity' })[0]?.path).toBe('unsuccessfulReason');
    expect(issues({ ...record, referralOutcome: 'unsuccessful', unsuccessfulReason: 'no-capacity' })).toEqual([]);
    expect(issues({ ...record, unsuccessfulReason: 'needs-too-high' })).toEqual([]);
    expect(issues({ ...record, readings: [{ ...reading, clientId: 'C2' }] })[0]?.path).toBe('readings.0.clientId');
  });

  it('refuses direct identifiers in ids and free text', () => {
    // 943 476 5919 is the NHS number used in NHS Digital's own examples (valid check digit).
    expect(issues({ ...record, clientId: '9434765919', readings: [] })[0]?.message).toMatch(/NHS number/);
    expect(issues({ ...record, clientId: '9434765918', readings: [] })).toEqual([]);
    expect(issues({ ...record, clientId: '07700900123', readings: [] })[0]?.message).toMatch(/phone number/);
    expect(issues({ ...record, clientId: 'ann@example.org', readings: [] })[0]?.path).toBe('clientId');
    expect(issues({ ...record, referralRoute: 'call 0121 496 0000' })[0]?.path).toBe('referralRoute');
    expect(issues({ ...record, ward: 'near B15 2TT' })[0]?.path).toBe('ward');
    expect(issues({ ...record, commissioningArea: 'ask ann@example.org' })[0]?.path).toBe('commissioningArea');
    expect(issues({ ...record, postcodeDistrict: 'B15 2TT' })[0]?.path).toBe('postcodeDistrict');
    expect(issues({ ...record, postcodeDistrict: 'SW1A' })).toEqual([]);
  });

  it('checks formats: dates, periods, bands, LSOA, outputs, accessibility', () => {
    const bad: Array<[string, unknown]> = [
      ['referralDate', '2023-02-29'],
      ['referralDate', '1899-12-31'],
      ['referralDate', '2023-4-1'],
      ['reportingPeriod', '2023-25'],
      ['reportingPeriod', '2023-24 Q5'],
      ['ageBand', '34-25'],
      ['ageBand', '018-24'],
      ['ageBand', '121+'],
      ['lsoaCode', 'E02000001'],
      ['outputsAchieved', []],
      ['outputsAchieved', ['A', 'A']],
      ['outputsAchieved', ['has space']],
      ['accessibilityRating', 6],
      ['accessibilityRating', 2.5],
      ['age', -1],
      ['age', 121],
      ['ethnicity', 'White: Irish'],
      ['gender', 'male'],
      ['interpreterNeeded', 'yes'],
    ];
    for (const [field, value] of bad) {
      const { ageBand: _a, ...rest } = record;
      const base = field === 'age' ? rest : record;
      expect(issues({ ...base, [field]: value }).length, `${field} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
    }
    for (const [field, value] of [['referralDate', '2024-02-29'], ['reportingPeriod', '2023'], ['reportingPeriod', '2023-Q4'], ['reportingPeriod', '1999-00'], ['ageBand', '0-4']] as const) {
      expect(issues({ ...record, [field]: value }), `${field} = ${value}`).toEqual([]);
    }
  });
});

describe('ReadingSchema and ScoresSchema', () => {
  it('accepts a reading with optional metadata', () => {
    expect(ReadingSchema.safeParse({ ...reading, retrospective: true, completedBy: 'together', readingId: 'R-17' }).success).toBe(true);
    expect(ReadingSchema.safeParse({ ...reading, completedBy: 'collaborative' }).success).toBe(false);
  });
  it('refuses empty, non-finite and badly keyed scores', () => {
    expect(ScoresSchema.safeParse({}).success).toBe(false);
    expect(ScoresSchema.safeParse({ total: Number.NaN }).success).toBe(false);
    expect(ScoresSchema.safeParse({ total: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(ScoresSchema.safeParse({ Total: 3 }).success).toBe(false);
    expect(ScoresSchema.safeParse({ constructor: 3 }).success).toBe(false);
    expect(ScoresSchema.safeParse({ date: 3 }).success).toBe(false);
    expect(ScoresSchema.safeParse([3]).success).toBe(false);
  });
  it('reports a __proto__ key instead of dropping it, and nothing is polluted', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "total": 5}') as unknown;
    const r = ScoresSchema.safeParse(hostile);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const needs = ClientRecordSchema.safeParse({ ...record, needs: JSON.parse('{"__proto__": "met-fully"}') as unknown });
    expect(needs.success).toBe(false);
  });
  it('refuses instrument ids that are not kebab-case or are Object.prototype names', () => {
    for (const id of ['Homelessness Star', 'homelessness_star', 'toString', 'constructor', '']) {
      expect(ReadingSchema.safeParse({ ...reading, instrumentId: id }).success, id).toBe(false);
    }
  });
});
