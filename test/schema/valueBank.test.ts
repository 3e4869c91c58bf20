import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import {
  parseValueBank,
  ReferenceDataError,
  safeParseValueBank,
  VALUE_BANK_COLUMNS,
  ValueBankEntrySchema,
  ValueBankRowSchema,
  ValueBankSchema,
  ValueVariantSchema,
} from 'social-outcomes/schema';
import { valueOutcomes, type ValueBank, type ValueBankEntry, type ValueVariant } from 'social-outcomes/socialvalue';
import { thrown } from '../_helpers/thrown';

const csv = readFileSync(new URL('../../examples/banks/example-bank.csv', import.meta.url), 'utf8');
const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

const error = (f: () => unknown): ReferenceDataError => thrown(f, ReferenceDataError);

describe('value bank schema types', () => {
  it('the zod outputs are assignable to the plain socialvalue types', () => {
    expectTypeOf<z.output<typeof ValueBankSchema>>().toExtend<ValueBank>();
    expectTypeOf<z.output<typeof ValueBankEntrySchema>>().toExtend<ValueBankEntry>();
    expectTypeOf<z.output<typeof ValueVariantSchema>>().toExtend<ValueVariant>();
    expectTypeOf(parseValueBank).returns.toEqualTypeOf<ValueBank>();
  });
});

describe('parseValueBank: CSV rows', () => {
  const bank = parseValueBank(rows, { name: 'example bank (illustrative, not HACT values)' });

  it('reads the example bank: one entry per id, variants by age band and location, category deadweights', () => {
    expect(bank.name).toBe('example bank (illustrative, not HACT values)');
    expect(bank.entries.map((e) => e.id)).toEqual([
      'example-regular-volunteering',
      'example-member-of-social-group',
      'example-less-lonely',
      'example-mental-health-improved',
      'example-stable-accommodation',
      'example-fewer-gp-visits',
      'wellby-life-satisfaction-1-point',
    ]);
    const vol = bank.entries[0]!;
    expect(vol.variants).toEqual([
      { ageBand: 'all', location: 'outside-london', value: 1000 },
      { ageBand: 'all', location: 'london', value: 1200 },
    ]);
    expect(vol).toMatchObject({ category: 'community', valueType: 'wellbeing', priceYear: '2023-24', licence: 'CC0-1.0 (invented example data)' });
    expect(bank.entries[3]!.variants.map((v) => v.ageBand)).toEqual(['16-24', '25-49', '50+']);
    expect(bank.entries[4]).toMatchObject({ deadweight: 0.1, variants: [{ ageBand: 'all', location: 'all', value: 2500, valueLow: 2000, valueHigh: 3000 }] });
    expect(bank.deadweightByCategory).toEqual({ community: 0.15, health: 0.2 });
    expect(bank.entries[1]!.notAdditiveWith).toEqual(['example-less-lonely']);
    const wellby = bank.entries[6]!;
    expect(wellby).toMatchObject({ priceYear: '2019-20', licence: 'Open Government Licence v3.0', variants: [{ value: 13000, valueLow: 10000, valueHigh: 16000 }] });
  });

  it('holds no HACT figures: every invented entry says so, and the WELLBY row cites the Green Book', () => {
    for (const e of bank.entries) {
      if (e.id.startsWith('example-')) expect(e.source).toMatch(/not HACT values/);
      else expect(e.source).toMatch(/Green Book/);
      expect(e.source).not.toMatch(/^HACT/);
    }
  });

  it('feeds valueOutcomes directly', () => {
    const r = valueOutcomes(
      [
        { outcomeId: 'example-regular-volunteering', quantity: 10, location: 'london' },
        { outcomeId: 'wellby-life-satisfaction-1-point', quantity: 2, deadweight: 0.3 },
      ],
      bank,
      { displacement: 0, attribution: 0.2, priceYear: '2024-25' },
    );
    expect(r.lines[0]!.proxy.value).toBe(1200);
    expect(r.lines[0]!.deadweight).toBe(0.15);
    expect(r.lines[1]!.uprated.fromYear).toBe('2019-20');
  });

  it('canonicalises price years and treats empty cells as absent', () => {
    const b = parseValueBank([{ id: 'x', label: 'X', category: 'c', value: ' 12.5 ', priceYear: '2023/24', source: 's', licence: 'l', ageBand: '', location: '', deadweight: '' }]);
    expect(b.entries[0]).toEqual({ id: 'x', label: 'X', category: 'c', priceYear: '2023-24', source: 's', licence: 'l', variants: [{ ageBand: 'all', location: 'all', value: 12.5 }] });
    expect(b.name).toBe('user-supplied value bank');
    expect('deadweight' in b.entries[0]!).toBe(false);
  });

  const good = { id: 'x', label: 'X', category: 'c', value: '100', priceYear: '2019', source: 's', licence: 'l' };

  it('rejects a row without a price year or source, naming the entry, row and field', () => {
    const e = error(() => parseValueBank([good, { ...good, id: 'y', priceYear: '' }]));
    expect(e.code).toBe('invalid-reference');
    expect(e.row).toBe(2);
    expect(e.path).toEqual(['rows', 1, 'priceYear']);
    expect(e.message).toMatch(/priceYear of entry "y" to be a price year such as '2019' or '2023-24' \(got undefined\)/);
    const s = error(() => parseValueBank([{ ...good, source: '  ' }]));
    expect(s.message).toMatch(/source of entry "x"/);
    expect(s.row).toBe(1);
    expect(error(() => parseValueBank([{ ...good, priceYear: '2019-21' }])).message).toMatch(/got "2019-21"/);
  });

  it('rejects a deadweight outside [0, 1], a non-numeric or negative value, and unknown enums', () => {
    expect(error(() => parseValueBank([{ ...good, deadweight: '1.5' }])).message).toMatch(/deadweight of entry "x" to be a number in \[0, 1\] \(got "1\.5"\)/);
    expect(error(() => parseValueBank([{ ...good, categoryDeadweight: '-0.1' }])).path).toEqual(['rows', 0, 'categoryDeadweight']);
    expect(error(() => parseValueBank([{ ...good, value: '£10,767' }])).message).toMatch(/value of entry "x"/);
    expect(error(() => parseValueBank([{ ...good, value: '-1' }])).path).toEqual(['rows', 0, 'value']);
    expect(error(() => parseValueBank([{ ...good, location: 'wales' }])).message).toMatch(/location of entry "x" to be one of 'london', 'outside-london', 'all'/);
    expect(error(() => parseValueBank([{ ...good, valueType: 'social' }])).path).toEqual(['rows', 0, 'valueType']);
    expect(error(() => parseValueBank([{ ...good, id: 'has space' }])).path).toEqual(['rows', 0, 'id']);
  });

  it('rejects unknown columns (a misspelt column must not be ignored)', () => {
    const e = error(() => parseValueBank([{ ...good, dead_weight: '0.2' }]));
    expect(e.code).toBe('unknown-field');
    expect(e.message).toMatch(/does not know the field "dead_weight" \(row 1\); expected columns: id, label/);
    expect(VALUE_BANK_COLUMNS).toContain('notAdditiveWith');
  });

  it('rejects inconsistent rows of one entry, duplicate variants, and bad not-additive references', () => {
    expect(error(() => parseValueBank([good, { ...good, location: 'london', priceYear: '2020' }])).message).toMatch(/every row of entry "x" to have the same priceYear \(row 1 has "2019", row 2 has "2020"\)/);
    expect(error(() => parseValueBank([good, { ...good }])).message).toMatch(/two values of entry "x" for age band 'all' and location 'all' \(rows 1 and 2\)/);
    expect(error(() => parseValueBank([good, { ...good, location: 'london', notAdditiveWith: 'x' }])).message).toMatch(/same notAdditiveWith/);
    const unknown = error(() => parseValueBank([{ ...good, notAdditiveWith: 'y; z' }]));
    expect(unknown.code).toBe('unknown-reference');
    expect(unknown.message).toMatch(/not additive with "y", which is not in the bank/);
    expect(error(() => parseValueBank([{ ...good, notAdditiveWith: 'x' }])).message).toMatch(/with itself/);
    expect(error(() => parseValueBank([{ ...good, valueLow: '200' }])).message).toMatch(/valueLow <= value <= valueHigh/);
    expect(error(() => parseValueBank([{ ...good, categoryDeadweight: '0.1' }, { ...good, id: 'y', categoryDeadweight: '0.2' }])).row).toBe(2);
    expect(error(() => parseValueBank([])).message).toMatch(/at least one row/);
    expect(error(() => parseValueBank(['x'])).path).toEqual(['rows', 0]);
  });
});

describe('parseValueBank: JSON', () => {
  const json = {
    name: 'json bank (illustrative)',
    deadweightByCategory: { c: 0.25 },
    entries: [
      { id: 'a', label: 'A', category: 'c', priceYear: 2019, source: 's', licence: 'l', variants: [{ value: 100 }], notAdditiveWith: ['b'] },
      { id: 'b', label: 'B', category: 'c', priceYear: '2019/20', source: 's', licence: 'l', valueType: 'fiscal', variants: [{ ageBand: '25-49', location: 'london', value: 50 }] },
    ],
  };

  it('parses a JSON bank with defaults and canonical price years', () => {
    const b = parseValueBank(json);
    expect(b.entries[0]).toMatchObject({ priceYear: '2019', variants: [{ ageBand: 'all', location: 'all', value: 100 }] });
    expect(b.entries[1]).toMatchObject({ priceYear: '2019-20', valueType: 'fiscal' });
    expect(b.deadweightByCategory).toEqual({ c: 0.25 });
    expect(safeParseValueBank(json)).toEqual({ success: true, data: b });
  });

  it('names the entry and field of the first problem', () => {
    const noSource = { ...json, entries: [json.entries[1], { ...json.entries[0], source: undefined }] };
    const e = error(() => parseValueBank(noSource));
    expect(e.path).toEqual(['entries', 1, 'source']);
    expect(e.message).toMatch(/source of entry "a"/);
    expect(e.row).toBeUndefined();
    const badDw = error(() => parseValueBank({ ...json, entries: [{ ...json.entries[1], deadweight: 2 }] }));
    expect(badDw.message).toMatch(/deadweight of entry "b" to be a number in \[0, 1\] \(got 2\)/);
    expect(error(() => parseValueBank({ ...json, extra: 1 })).code).toBe('unknown-field');
    expect(error(() => parseValueBank({ ...json, entries: [json.entries[1], json.entries[1]] })).message).toMatch(/twice/);
    expect(error(() => parseValueBank({ ...json, entries: [{ ...json.entries[1], variants: [] }] })).path).toEqual(['entries', 0, 'variants']);
    expect(error(() => parseValueBank({ ...json, deadweightByCategory: { c: 3 } })).path).toEqual(['deadweightByCategory', 'c']);
    expect(error(() => parseValueBank(null)).path).toEqual([]);
    const r = safeParseValueBank({ ...json, name: '' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toBeInstanceOf(ReferenceDataError);
  });

  it('exposes the row schema for io/ readers', () => {
    expect(ValueBankRowSchema.safeParse({ ...json.entries[1], variants: undefined }).success).toBe(false);
    expect(ValueBankRowSchema.safeParse({ id: 'x', label: 'X', category: 'c', value: '1', priceYear: '2019', source: 's', licence: 'l' }).success).toBe(true);
  });
});
