import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { baseline, ageBands, InsufficientDataError, InvalidInputError, ReferenceDataError } from 'social-outcomes/equity';
import { census2021, type CensusDataset, type CensusTable } from 'social-outcomes/data/census2021';
import { expectClose } from '../_helpers/expectClose';
import { deepFreeze } from '../_helpers/deepFreeze';

const BHAM = 'E08000025';
const EW = 'K04000001';

/** A published percentage rounded to 2 d.p.: the exact share must lie within half a unit of it. */
function expectPercent(share: number | undefined, pct: number, label: string): void {
  expectClose(share ?? Number.NaN, pct / 100, { rtol: 0, atol: 0.00005 + 1e-12, label });
}

function share(b: ReturnType<typeof baseline>, label: string): number | undefined {
  return b.categories.find((c) => c.label === label)?.share;
}

describe('baseline reproduces the census.md §3 checks for Birmingham (E08000025)', () => {
  const eth5 = baseline(census2021, { area: BHAM, topic: 'ethnic-group', level: 'aggregate' });
  const eth19 = baseline(census2021, { area: BHAM, topic: 'ethnic-group' });
  const dis = baseline(census2021, { area: BHAM, topic: 'disability', level: 'aggregate' });
  const sex = baseline(census2021, { area: BHAM, topic: 'sex' });
  const so = baseline(census2021, { area: BHAM, topic: 'sexual-orientation' });

  it('usual residents 1,144,919 per the TS038 table total, and each table its own total', () => {
    expect(dis.total).toBe(1144919);
    expect(dis.denominator).toMatchObject({ source: 'table-total', tableTotal: 1144919 });
    expect(baseline(census2021, { area: BHAM, topic: 'age-five-year' }).total).toBe(1144918);
    expect(baseline(census2021, { area: BHAM, topic: 'age-single-year' }).total).toBe(1144916);
    expect(sex.total).toBe(1144923);
    expect(sex.table.id).toBe('TS009');
  });

  it('ethnic group shares use the sum of the 19 details (1,144,922) as denominator', () => {
    expect(eth5.total).toBe(1144922);
    expect(eth19.total).toBe(1144922);
    expect(eth5.denominator.source).toBe('sum-of-categories');
    expect(eth5.denominator.tableTotal).toBeUndefined();
    expect(eth5.categories.map((c) => [c.label, c.count])).toEqual([
      ['Asian, Asian British or Asian Welsh', 355384],
      ['Black, Black British, Black Welsh, Caribbean or African', 125760],
      ['Mixed or Multiple ethnic groups', 55205],
      ['White', 556608],
      ['Other ethnic group', 51965],
    ]);
    expect(eth5.categories.every((c) => c.derived)).toBe(true);
    expect(eth5.caveats.map((c) => c.id)).toContain('derived-aggregates');
  });

  it('Asian 31.04%, White 48.62%, Black 10.98%, Mixed 4.82%, Other 4.54%, ethnic minority 51.38%', () => {
    expectPercent(share(eth5, 'Asian, Asian British or Asian Welsh'), 31.04, 'Asian');
    expectPercent(share(eth5, 'White'), 48.62, 'White');
    expectPercent(share(eth5, 'Black, Black British, Black Welsh, Caribbean or African'), 10.98, 'Black');
    expectPercent(share(eth5, 'Mixed or Multiple ethnic groups'), 4.82, 'Mixed');
    expectPercent(share(eth5, 'Other ethnic group'), 4.54, 'Other');
    expectPercent(1 - (share(eth5, 'White') ?? 0), 51.38, 'non-White');
  });

  it('Pakistani 17.04%, Indian 5.81%, Bangladeshi 4.21%, Black African 5.84%, Black Caribbean 3.91%', () => {
    expectPercent(share(eth19, 'Asian, Asian British or Asian Welsh: Pakistani'), 17.04, 'Pakistani');
    expectPercent(share(eth19, 'Asian, Asian British or Asian Welsh: Indian'), 5.81, 'Indian');
    expectPercent(share(eth19, 'Asian, Asian British or Asian Welsh: Bangladeshi'), 4.21, 'Bangladeshi');
    expectPercent(share(eth19, 'Black, Black British, Black Welsh, Caribbean or African: African'), 5.84, 'African');
    expectPercent(share(eth19, 'Black, Black British, Black Welsh, Caribbean or African: Caribbean'), 3.91, 'Caribbean');
  });

  it('disabled under the Equality Act 17.30% (198,064), female 51.05% (TS009), sexual orientation not answered 9.42%', () => {
    expect(dis.categories[0]).toMatchObject({ label: 'Disabled under the Equality Act', count: 198064, derived: false });
    expectPercent(dis.categories[0]?.share, 17.3, 'disabled');
    expectPercent(share(sex, 'Female'), 51.05, 'female');
    expect(sex.categories.map((c) => c.count)).toEqual([584501, 560422]);
    expectPercent(share(so, 'Not answered'), 9.42, 'not answered');
    expect(so.total).toBe(889624);
    expect(so.populationBase).toBe('All usual residents aged 16 years and over');
    expect(so.ages).toEqual({ min: 16 });
  });
});

describe('baseline reproduces the census.md §3 checks for England and Wales (K04000001)', () => {
  it('ethnic groups White 81.71, Asian 9.25, Black 4.04, Mixed 2.88, Other 2.11%; published aggregates and total', () => {
    const b = baseline(census2021, { area: EW, topic: 'ethnic-group', level: 'aggregate' });
    expect(b.total).toBe(59597542);
    expect(b.denominator.source).toBe('table-total');
    expect(b.categories.every((c) => !c.derived)).toBe(true);
    expectPercent(share(b, 'White'), 81.71, 'White');
    expectPercent(share(b, 'Asian, Asian British or Asian Welsh'), 9.25, 'Asian');
    expectPercent(share(b, 'Black, Black British, Black Welsh, Caribbean or African'), 4.04, 'Black');
    expectPercent(share(b, 'Mixed or Multiple ethnic groups'), 2.88, 'Mixed');
    expectPercent(share(b, 'Other ethnic group'), 2.11, 'Other');
  });

  it('disabled 17.53%, with the four detailed lines available', () => {
    const agg = baseline(census2021, { area: EW, topic: 'disability', level: 'aggregate' });
    expectPercent(agg.categories[0]?.share, 17.53, 'disabled');
    const det = baseline(census2021, { area: EW, topic: 'disability' });
    expect(det.categories.map((c) => c.count)).toEqual([4459763, 5985013, 4062569, 45090197]);
  });

  it('gender identity: "No" lines 262,112; not answered 2,914,625 (6.00%); trans man 48,435; trans woman 47,572; non-binary 30,257', () => {
    const gi = baseline(census2021, { area: EW, topic: 'gender-identity' });
    const count = (l: string): number => gi.categories.find((c) => c.label === l)?.count ?? Number.NaN;
    const no = ['Gender identity different from sex registered at birth but no specific identity given', 'Trans woman', 'Trans man', 'All other gender identities'].reduce((s, l) => s + count(l), 0);
    expect(no).toBe(262112);
    expect(count('Not answered')).toBe(2914625);
    expectPercent(share(gi, 'Not answered'), 6.0, 'not answered');
    expect(count('Trans man')).toBe(48435);
    expect(count('Trans woman')).toBe(47572);
    expect(gi.caveats.map((c) => c.id)).toEqual(expect.arrayContaining(['gender-identity-not-accredited', 'base-16-plus', 'voluntary-question', 'ts078-includes-non-binary']));
    expect(gi.caveats.find((c) => c.id === 'gender-identity-not-accredited')?.text).toMatch(/no longer accredited official statistics/);
    const gid = baseline(census2021, { area: EW, topic: 'gender-identity-detailed' });
    expect(gid.categories.find((c) => c.label === 'Non-binary')?.count).toBe(30257);
  });

  it('sexual orientation: LGB+ 1,536,614 = 3.16% of 16+; not answered 7.47%', () => {
    const so = baseline(census2021, { area: EW, topic: 'sexual-orientation' });
    const lgb = ['Gay or Lesbian', 'Bisexual', 'All other sexual orientations'].reduce((s, l) => s + (so.categories.find((c) => c.label === l)?.count ?? Number.NaN), 0);
    expect(lgb).toBe(1536614);
    expectPercent(lgb / so.total, 3.16, 'LGB+');
    expectPercent(share(so, 'Not answered'), 7.47, 'not answered');
  });

  it('England TS007A total 56,490,048; sex from TS008 for England and Wales', () => {
    expect(baseline(census2021, { area: 'E92000001', topic: 'age-five-year' }).total).toBe(56490048);
    const sex = baseline(census2021, { area: EW, topic: 'sex' });
    expect(sex.table.id).toBe('TS008');
    expect(sex.total).toBe(59597542);
    expect(baseline(census2021, { area: EW, topic: 'sex', table: 'TS009' }).total).toBe(59597539);
  });
});

// Independent sums over the raw CSV for the age tests.
const ts007 = parse(readFileSync(new URL('../../data-raw/census2021/census2021_ts007_age_single_year.csv', import.meta.url), 'utf8'), { columns: true }) as Array<Record<string, string>>;
function rawAgeSum(area: string, from: number, to: number): number {
  let s = 0;
  for (const r of ts007) {
    if (r.area_code !== area || r.level !== 'detail') continue;
    const label = r.category_label as string;
    const age = label === 'Aged under 1 year' ? 0 : Number(/(\d+)/.exec(label)?.[1]);
    if (age >= from && age <= to) s += Number(r.count);
  }
  return s;
}

describe('baseline age restriction', () => {
  it('18+ from single years equals the raw TS007 sum, with its own denominator', () => {
    const b = baseline(census2021, { area: BHAM, topic: 'age-single-year', ages: { min: 18 } });
    expect(b.total).toBe(rawAgeSum(BHAM, 18, 200));
    expect(b.categories.length).toBe(83);
    expect(b.ageRestriction).toBe('from-table');
    expect(b.populationBase).toBe('All usual residents aged 18 years and over');
    expect(b.denominator).toMatchObject({ source: 'sum-of-categories', tableTotal: 1144916 });
    expectClose(b.categories.reduce((s, c) => s + c.share, 0), 1, { rtol: 1e-12 });
  });

  it('breaks [18, 65] give 18–64 and 65+ bands labelled as harmoniseAgeBand labels them', () => {
    const b = baseline(census2021, { area: BHAM, topic: 'age-single-year', breaks: [18, 65] });
    expect(b.categories.map((c) => c.label)).toEqual(ageBands([18, 65]).map((x) => x.label));
    expect(b.categories.map((c) => c.count)).toEqual([rawAgeSum(BHAM, 18, 64), rawAgeSum(BHAM, 65, 200)]);
    const capped = baseline(census2021, { area: BHAM, topic: 'age-single-year', breaks: [50, 65], ages: { max: 74 } });
    expect(capped.categories.map((c) => [c.label, c.count])).toEqual([['Aged 50 to 64 years', rawAgeSum(BHAM, 50, 64)], ['Aged 65 to 74 years', rawAgeSum(BHAM, 65, 74)]]);
  });

  it('TS007A bands can be restricted on band boundaries (65+), not across them (18+)', () => {
    const b = baseline(census2021, { area: BHAM, topic: 'age-five-year', ages: { min: 65 } });
    expect(b.categories.map((c) => c.label)).toEqual(['Aged 65 to 69 years', 'Aged 70 to 74 years', 'Aged 75 to 79 years', 'Aged 80 to 84 years', 'Aged 85 years and over']);
    expect(() => baseline(census2021, { area: BHAM, topic: 'age-five-year', ages: { min: 18 } })).toThrow(/cuts the category "Aged 15 to 19 years"; use topic 'age-single-year'/);
  });

  it('TS007 subtotal bands are a level of their own', () => {
    const b = baseline(census2021, { area: BHAM, topic: 'age-single-year', level: 'subtotal' });
    expect(b.categories.map((c) => c.label)).toEqual(ageBands('ts007-subtotals').map((x) => x.label));
    expect(b.total).toBe(1144916);
  });

  it('topics without an age breakdown throw a ReferenceDataError naming the topic and area', () => {
    expect(() => baseline(census2021, { area: BHAM, topic: 'ethnic-group', ages: { min: 65 } })).toThrow(ReferenceDataError);
    expect(() => baseline(census2021, { area: BHAM, topic: 'ethnic-group', ages: { min: 65 } })).toThrow(/cannot restrict ethnic-group \(TS021\) to ages 65\+.*E08000025 \(Birmingham\).*assumeAgeIndependent/);
    expect(() => baseline(census2021, { area: BHAM, topic: 'sexual-orientation', ages: { min: 18 } })).toThrow(ReferenceDataError);
    // the table's own base needs no restriction
    expect(baseline(census2021, { area: BHAM, topic: 'sexual-orientation', ages: { min: 16 } }).ageRestriction).toBe('none');
  });

  it('assumeAgeIndependent applies all-age shares to the age population and says so', () => {
    const all = baseline(census2021, { area: BHAM, topic: 'disability', level: 'aggregate' });
    const b = baseline(census2021, { area: BHAM, topic: 'disability', level: 'aggregate', ages: { min: 65 }, assumeAgeIndependent: true });
    expect(b.ageRestriction).toBe('assumed-age-independent');
    expect(b.total).toBe(rawAgeSum(BHAM, 65, 200));
    expect(b.denominator.source).toBe('age-population');
    expectClose(b.categories.map((c) => c.share), all.categories.map((c) => c.share), { rtol: 1e-15 });
    expectClose(b.categories.reduce((s, c) => s + c.count, 0), b.total, { rtol: 1e-12 });
    expect(b.caveats.find((c) => c.id === 'age-independence-assumed')?.text).toMatch(/biased/);
    expect(b.populationBase).toBe('All usual residents aged 65 years and over');
  });
});

describe('baseline options and errors', () => {
  it('unknown area → ReferenceDataError naming the area', () => {
    expect(() => baseline(census2021, { area: 'E99999999', topic: 'sex' })).toThrow(ReferenceDataError);
    expect(() => baseline(census2021, { area: 'E99999999', topic: 'sex' })).toThrow(/no area "E99999999" in census2021 \(it holds 331 local authority districts and 3 countries/);
    try {
      baseline(census2021, { area: 'E99999999', topic: 'sex' });
    } catch (e) {
      expect((e as ReferenceDataError).code).toBe('unknown-area');
      expect((e as ReferenceDataError).path).toEqual(['options', 'area']);
    }
  });

  it('religion and gender identity exist for England and Wales only: error, or an explicit fallback', () => {
    expect(() => baseline(census2021, { area: BHAM, topic: 'religion' })).toThrow(/no religion table for area E08000025 \(Birmingham\) in census2021: TS030 has only K04000001/);
    const b = baseline(census2021, { area: BHAM, topic: 'gender-identity', fallback: 'england-and-wales' });
    expect(b.area.code).toBe(EW);
    expect(b.requestedArea).toBe(BHAM);
    expect(b.caveats.some((c) => c.id === 'area-fallback')).toBe(true);
    const r = baseline(census2021, { area: EW, topic: 'religion' });
    expectPercent(share(r, 'Not answered'), 6.03, 'religion not answered');
  });

  it('a level the area does not publish → ReferenceDataError suggesting the one it does', () => {
    expect(() => baseline(census2021, { area: BHAM, topic: 'disability' })).toThrow(ReferenceDataError);
    expect(() => baseline(census2021, { area: BHAM, topic: 'disability' })).toThrow(/level 'aggregate' is available/);
    expect(() => baseline(census2021, { area: BHAM, topic: 'sexual-orientation', level: 'aggregate' })).toThrow(/no 'aggregate' categories in TS077 \(levels available: detail\)/);
  });

  it('excludeCategories gives shares of those who answered', () => {
    const b = baseline(census2021, { area: BHAM, topic: 'sexual-orientation', excludeCategories: ['Not answered'] });
    expect(b.total).toBe(889624 - 83766);
    expect(b.excluded).toEqual([{ label: 'Not answered', count: 83766 }]);
    expect(() => baseline(census2021, { area: BHAM, topic: 'sexual-orientation', excludeCategories: ['Prefer not to say'] })).toThrow(/cannot exclude "Prefer not to say"/);
  });

  it.each([
    [{ area: BHAM, topic: 'weather' }, InvalidInputError, /topic to be one of/],
    [{ area: '', topic: 'sex' }, InvalidInputError, /area to be a non-empty string/],
    [{ area: BHAM, topic: 'sex', level: 'fine' }, InvalidInputError, /level/],
    [{ area: BHAM, topic: 'age-single-year', ages: { min: -1 } }, InvalidInputError, /ages\.min/],
    [{ area: BHAM, topic: 'age-single-year', ages: { min: 18.5 } }, InvalidInputError, /ages\.min to be an integer/],
    [{ area: BHAM, topic: 'age-single-year', ages: { min: 65, max: 18 } }, InvalidInputError, /ages\.max/],
    [{ area: BHAM, topic: 'age-single-year', ages: { min: 18, max: 120 } }, InvalidInputError, /cuts the category "Aged 100 years and over"/],
    [{ area: BHAM, topic: 'sex', breaks: [18] }, InvalidInputError, /breaks only for age topics/],
    [{ area: BHAM, topic: 'age-single-year', breaks: [65, 18] }, InvalidInputError, /strictly increasing/],
    [{ area: BHAM, topic: 'sex', table: 'TS999' }, ReferenceDataError, /no table "TS999"/],
    [{ area: BHAM, topic: 'sex', table: 'TS021' }, InvalidInputError, /TS021 is about 'ethnic-group'/],
  ])('rejects %j', (options, cls, message) => {
    expect(() => baseline(census2021, options as never)).toThrow(cls);
    expect(() => baseline(census2021, options as never)).toThrow(message);
  });

  it('accepts a user table of the same shape and checks it: a total the categories do not sum to → ReferenceDataError', () => {
    const table: CensusTable = {
      id: 'X1', title: 'Test', topic: 'sex', totalCode: 'x0', totalLabel: 'All persons', populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: false, caveats: [],
      categories: [{ code: 'x1', label: 'Female', level: 'detail' }, { code: 'x2', label: 'Male', level: 'detail' }],
      rows: { A1: { source: 'mine', total: 100, counts: [60, 40] }, A2: { source: 'mine', total: 100, counts: [60, 30] }, A3: { source: 'mine', total: null, counts: [-1, 5] }, A4: { source: 'mine', total: 0, counts: [0, 0] } },
    };
    const data: CensusDataset = {
      ...census2021,
      id: 'mine',
      areas: { A1: { name: 'One', type: 'ltla' }, A2: { name: 'Two', type: 'ltla' }, A3: { name: 'Three', type: 'ltla' }, A4: { name: 'Four', type: 'ltla' } },
      tables: { X1: table },
      topics: { sex: ['X1'] },
      generalCaveats: [],
    };
    const ok = baseline(data, { area: 'A1', topic: 'sex' });
    expect(ok.categories.map((c) => c.share)).toEqual([0.6, 0.4]);
    expect(ok.provenance.source).toEqual({ id: 'mine' });
    expect(() => baseline(data, { area: 'A2', topic: 'sex' })).toThrow(ReferenceDataError);
    expect(() => baseline(data, { area: 'A2', topic: 'sex' })).toThrow(/X1 for A2 invalid: its detail categories sum to 90 but its total is 100/);
    expect(() => baseline(data, { area: 'A3', topic: 'sex' })).toThrow(/count of "Female" is -1/);
    expect(() => baseline(data, { area: 'A4', topic: 'sex' })).toThrow(InsufficientDataError);
    expect(() => baseline({ nope: true } as never, { area: 'A1', topic: 'sex' })).toThrow(ReferenceDataError);
  });

  it('carries provenance with the OGL attribution and the row source', () => {
    const b = baseline(census2021, { area: BHAM, topic: 'ethnic-group' });
    expect(b.provenance).toMatchObject({
      publisher: 'Office for National Statistics (ONS)',
      licence: 'Open Government Licence v3.0',
      attribution: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
      source: { id: 'S6', repository: 'humaniverse/demographr', commit: 'd0417101e5cad5fe1eca059ac60859e9157a29d2' },
    });
    expect(b.caveats[0]?.id).toBe('statistical-disclosure-control');
  });

  it('is deterministic and JSON-serialisable, and works on a frozen dataset', () => {
    const a = baseline(census2021, { area: 'W06000015', topic: 'age-single-year', breaks: [0, 18, 65, 85] });
    const b = baseline(census2021, { area: 'W06000015', topic: 'age-single-year', breaks: [0, 18, 65, 85] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    const copy = deepFreeze(structuredClone(census2021));
    expect(baseline(copy, { area: BHAM, topic: 'sex' }).total).toBe(1144923);
    const nonWhite65 = baseline(copy, { area: BHAM, topic: 'ethnic-group', level: 'aggregate', ages: { min: 65 }, assumeAgeIndependent: true, excludeCategories: ['White'] });
    // excluded categories take their all-ages share of the 65+ population with them
    expectClose(nonWhite65.total, (rawAgeSum(BHAM, 65, 200) * (1144922 - 556608)) / 1144922, { rtol: 1e-12 });
    expectClose(nonWhite65.categories.reduce((s, c) => s + c.count, 0), nonWhite65.total, { rtol: 1e-12 });
    expectClose(nonWhite65.categories[0]?.share ?? 0, 355384 / (1144922 - 556608), { rtol: 1e-12 });
    expect(copy).toEqual(census2021);
  });

  it('covers every LTLA for every local topic', () => {
    const ltlas = Object.entries(census2021.areas).filter(([, a]) => a.type === 'ltla').map(([c]) => c);
    expect(ltlas.length).toBe(331);
    for (const area of ltlas) {
      for (const [topic, level] of [['age-five-year', 'detail'], ['age-single-year', 'detail'], ['sex', 'detail'], ['ethnic-group', 'detail'], ['ethnic-group', 'aggregate'], ['disability', 'aggregate'], ['sexual-orientation', 'detail']] as const) {
        const b = baseline(census2021, { area, topic, level });
        expect(b.total > 0 && b.categories.length > 1, `${area} ${topic}`).toBe(true);
      }
    }
  });
});
