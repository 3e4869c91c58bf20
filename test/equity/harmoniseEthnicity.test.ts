import { describe, expect, it } from 'vitest';
import { harmoniseEthnicity, ethnicGroups2021, ethnicHighLevelGroups2021, baseline, InvalidInputError } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';
import { buildEthnicityTables } from '../../src/equity/_internal/censusEthnicity';
import { deepFreeze } from '../_helpers/deepFreeze';

const ASIAN = 'Asian, Asian British or Asian Welsh';
const BLACK = 'Black, Black British, Black Welsh, Caribbean or African';
const MIXED = 'Mixed or Multiple ethnic groups';
const OTHER = 'Other ethnic group';

describe('harmoniseEthnicity', () => {
  it('its 19 groups and 5 high-level groups are exactly the TS021 labels, in TS021 order', () => {
    const t = census2021.tables['TS021'];
    expect(ethnicGroups2021.map((g) => g.label)).toEqual(t?.categories.filter((c) => c.level === 'detail').map((c) => c.label));
    expect(ethnicHighLevelGroups2021.map((g) => g.label)).toEqual(t?.categories.filter((c) => c.level === 'aggregate').map((c) => c.label));
    const b = baseline(census2021, { area: 'E08000025', topic: 'ethnic-group' });
    expect(harmoniseEthnicity(b.categories.map((c) => c.label)).values).toEqual(b.categories.map((c) => c.label));
  });

  it('has no wording claimed by two categories', () => {
    const { detail } = buildEthnicityTables();
    expect(detail.collisions).toEqual([]);
    expect(detail.size).toBeGreaterThan(150);
  });

  it('maps every NHS Data Dictionary code A–S, Z and 99 (2001 classification)', () => {
    const codes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z', '99'];
    expect(harmoniseEthnicity(codes).values).toEqual([
      'White: English, Welsh, Scottish, Northern Irish or British', 'White: Irish', 'White: Other White',
      `${MIXED}: White and Black Caribbean`, `${MIXED}: White and Black African`, `${MIXED}: White and Asian`, `${MIXED}: Other Mixed or Multiple ethnic groups`,
      `${ASIAN}: Indian`, `${ASIAN}: Pakistani`, `${ASIAN}: Bangladeshi`, `${ASIAN}: Other Asian`,
      `${BLACK}: Caribbean`, `${BLACK}: African`, `${BLACK}: Other Black`,
      `${ASIAN}: Chinese`, `${OTHER}: Any other ethnic group`, 'Prefer not to say', 'Not known',
    ]);
    expect(harmoniseEthnicity(codes, { level: 'aggregate' }).values).toEqual([
      'White', 'White', 'White', MIXED, MIXED, MIXED, MIXED, ASIAN, ASIAN, ASIAN, ASIAN, BLACK, BLACK, BLACK, ASIAN, OTHER, 'Prefer not to say', 'Not known',
    ]);
  });

  it('attaches the documented caveats to lossy NHS mappings (C, S, R) and to local two-character codes', () => {
    const r = harmoniseEthnicity(['C', 'S', 'R', 'A', 'H2']);
    const caveat = (input: string): string | undefined => r.mappings.find((m) => m.input === input)?.caveat;
    expect(caveat('C')).toMatch(/Gypsy or Irish Traveller or Roma/);
    expect(caveat('S')).toMatch(/Arab/);
    expect(caveat('R')).toMatch(/Chinese.*Asian/);
    expect(caveat('A')).toBeUndefined();
    expect(caveat('H2')).toMatch(/local second character/);
    expect(r.values[4]).toBe(`${ASIAN}: Indian`);
    expect(r.caveats.length).toBe(4);
    // the 2021 tick-box wording that equals the NHS C description gets only a conditional caveat
    expect(harmoniseEthnicity(['White - Any other White background']).mappings[0]?.caveat).toMatch(/^If these data were collected with the 2001 NHS list/);
  });

  it('accepts England and Wales questionnaire wordings, 2011 labels, NHS descriptions and subgroup names', () => {
    const inputs = [
      'Asian or Asian British: Indian', // England 2021
      'Asian, Asian Welsh or Asian British: Indian', // Wales 2021
      'Asian/Asian British: Indian', // 2011
      'Asian or Asian British - Indian', // NHS description
      'H - Asian or Asian British - Indian',
      'indian',
      'Black, Black Welsh, Black British, Caribbean or African: African',
      'Black, Black British, Caribbean or African: Caribbean',
      'White: English/Welsh/Scottish/Northern Irish/British',
      'White British',
      'WHITE - IRISH',
      'Gypsy or Irish Traveller',
      'White: Roma',
      'Other ethnic group: Arab',
      'Other Ethnic Groups - Chinese',
      'Mixed/multiple ethnic groups: Other Mixed',
      'Any other mixed background',
    ];
    expect(harmoniseEthnicity(inputs).values).toEqual([
      `${ASIAN}: Indian`, `${ASIAN}: Indian`, `${ASIAN}: Indian`, `${ASIAN}: Indian`, `${ASIAN}: Indian`, `${ASIAN}: Indian`,
      `${BLACK}: African`, `${BLACK}: Caribbean`,
      'White: English, Welsh, Scottish, Northern Irish or British', 'White: English, Welsh, Scottish, Northern Irish or British',
      'White: Irish', 'White: Gypsy or Irish Traveller', 'White: Roma', `${OTHER}: Arab`, `${ASIAN}: Chinese`,
      `${MIXED}: Other Mixed or Multiple ethnic groups`, `${MIXED}: Other Mixed or Multiple ethnic groups`,
    ]);
    // "Asian or Asian British" is both the 2021 England heading and the 2001 NHS heading: same category either way
    const rules = harmoniseEthnicity(inputs.slice(1, 3)).mappings.map((m) => m.rule);
    expect(rules).toEqual(['ons-2021-wales', 'ons-2011']);
    expect(harmoniseEthnicity(['Black, Black British, Caribbean or African: Caribbean']).mappings[0]?.rule).toBe('ons-2021-england');
  });

  it('keeps a group-only answer at aggregate level and marks it at detail level instead of guessing', () => {
    const r = harmoniseEthnicity(['Asian', 'Black or Black British', 'White']);
    expect(r.values).toEqual([`${ASIAN}: detail not recorded`, `${BLACK}: detail not recorded`, 'White: detail not recorded']);
    expect(r.mappings.every((m) => m.rule === 'group-only' && m.caveat !== undefined)).toBe(true);
    expect(harmoniseEthnicity(['Asian', 'White'], { level: 'aggregate' }).values).toEqual([ASIAN, 'White']);
  });

  it('keeps Prefer not to say and Not known as categories and counts them in canonical order', () => {
    const r = harmoniseEthnicity(['Not stated', '', undefined, 'Unknown', 'A', 'Refused', null]);
    expect(r.counts).toEqual({ 'White: English, Welsh, Scottish, Northern Irish or British': 1, 'Prefer not to say': 2, 'Not known': 4 });
    expect(r.n).toBe(7);
    expect(r.missing).toBe(3);
    expect(Object.values(r.counts).reduce((s, v) => s + v, 0)).toBe(r.n);
  });

  it('throws on unrecognised text naming the value and index, unless told to count it as Not known', () => {
    expect(() => harmoniseEthnicity(['A', 'Other'])).toThrow(InvalidInputError);
    expect(() => harmoniseEthnicity(['A', 'Other'])).toThrow(/does not recognise "Other" as an ethnic group .* → at values\[1\]/);
    expect(() => harmoniseEthnicity(['BAME'])).toThrow(/"BAME"/);
    expect(() => harmoniseEthnicity(['Q'])).toThrow(/"Q"/);
    const r = harmoniseEthnicity(['Other', 'Other', 'A'], { unrecognised: 'unknown' });
    expect(r.unrecognised).toBe(2);
    expect(r.mappings[0]).toEqual({ input: 'Other', category: 'Not known', rule: 'unrecognised', count: 2, firstIndex: 0 });
  });

  it('rejects wrong types and options', () => {
    expect(() => harmoniseEthnicity('A' as never)).toThrow(/values to be an array/);
    expect(() => harmoniseEthnicity([{}] as never)).toThrow(/a string or a number .* → at values\[0\]/);
    expect(() => harmoniseEthnicity(['A'], { level: 'fine' as never })).toThrow(/level/);
    expect(() => harmoniseEthnicity(['A'], { unrecognised: 'ignore' as never })).toThrow(/unrecognised/);
  });

  it('is pure and deterministic', () => {
    const input = deepFreeze(['H', 'J', 'Z', 'H']);
    const a = harmoniseEthnicity(input);
    expect(JSON.stringify(a)).toBe(JSON.stringify(harmoniseEthnicity(input)));
    expect(a.mappings.map((m) => [m.input, m.count, m.firstIndex])).toEqual([['H', 2, 0], ['J', 1, 1], ['Z', 1, 2]]);
  });
});

describe('harmoniseEthnicity and the record standard', () => {
  it('resolves every ethnicity code of social-outcomes/schema (regression: six "-other"/"other-" codes were unrecognised)', async () => {
    const { ETHNICITY_CODES } = await import('../../src/schema/codings');
    const r = harmoniseEthnicity([...ETHNICITY_CODES]);
    expect(r.values).not.toContain('Not known: unrecognised');
    expect(new Set(r.values.slice(0, 19)).size).toBe(19);
    expect(r.values.slice(-2)).toEqual(['Prefer not to say', 'Not known']);
    const agg = harmoniseEthnicity(['white-other', 'asian-other', 'black-other', 'mixed-other', 'other-arab', 'other-any'], { level: 'aggregate' });
    expect(agg.values).toEqual(['White', 'Asian, Asian British or Asian Welsh', 'Black, Black British, Black Welsh, Caribbean or African', 'Mixed or Multiple ethnic groups', 'Other ethnic group', 'Other ethnic group']);
  });
});
