// Fuzz suite for social-outcomes/equity (issue 10): every export, seeded, bounded (FUZZ_RUNS=n for more).
import * as ns from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';
import type { FuzzSpec } from './_harness';
import { fuzzModule } from './_suite';

const people = [
  { sex: 'F', age: '65+', met: 'yes', ethnicity: 'Asian' }, { sex: 'F', age: '65+', met: 'no', ethnicity: 'White' },
  { sex: 'M', age: '18-64', met: 'yes', ethnicity: 'White' }, { sex: 'F', age: '18-64', met: 'yes', ethnicity: 'Black' },
  { sex: 'M', age: '65+', met: 'no', ethnicity: 'Asian' }, { sex: null, age: '65+', met: 'yes', ethnicity: 'White' },
];
const outcomeRows = [
  ...Array.from({ length: 30 }, (_, i) => ({ ethnicity: 'White', metNeed: i < 18, score: (i % 7) + 1 })),
  ...Array.from({ length: 25 }, (_, i) => ({ ethnicity: 'Asian', metNeed: i < 20, score: (i % 5) + 2 })),
  ...Array.from({ length: 20 }, (_, i) => ({ ethnicity: 'Black', metNeed: i < 9, score: (i % 6) + 1 })),
];
// The same data as column tables (plain arrays, a typed outcome column, a dictionary-encoded group column).
const ETH_LEVELS = ['White', 'Asian', 'Black'];
const outcomeColumns = {
  ethnicity: { codes: Int8Array.from(outcomeRows, (r) => ETH_LEVELS.indexOf(r.ethnicity)), levels: ETH_LEVELS },
  metNeed: outcomeRows.map((r) => r.metNeed),
  score: Float64Array.from(outcomeRows, (r) => r.score),
};
const peopleColumns = { sex: people.map((p) => p.sex), age: people.map((p) => p.age) };
const census = { categories: [{ label: 'A', count: 700 }, { label: 'B', count: 100 }, { label: 'C', count: 100 }, { label: 'D', count: 60 }, { label: 'E', count: 40 }], total: 1000 };
// category labels are data: "3" and 3 are different labels, so a numeric string may change a count table
const labels = true;

const specs: Record<string, FuzzSpec> = {
  groupCounts: { labels, seeds: () => [[people, 'sex'], [people, ['sex', 'age'], { dropMissing: true }]] },
  profile: { labels, seeds: () => [[people, 'ethnicity'], [people, ['sex', 'age'], { confidence: 0.9 }]] },
  crossTab: { labels, seeds: () => [[people, 'sex', 'met'], [people, ['sex', 'age'], 'met']] },
  outcomeByGroup: {
    infinite: [/\.upper$/],
    seeds: () => [
      [outcomeRows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' }], [outcomeRows, { group: 'ethnicity', outcome: 'score', metric: 'mean-change' }],
      [outcomeColumns, { group: 'ethnicity', outcome: 'score', metric: 'mean-change' }], [outcomeColumns, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' }],
    ],
  },
  checkKAnonymity: { labels, seeds: () => [[people, ['age', 'sex'], 2], [people, 'age', 3], [peopleColumns, ['age', 'sex'], 2]] },
  suppressSmallCounts: { seeds: () => [[[[3, 40, 25], [12, 30, 22]]], [[3, 40, 25], { preset: 'nhs-digital-2018' }]] },
  // baseline reads the whole census dataset (about 10 ms a call): a bounded subset of mutations
  baseline: { pinned: [0], maxCases: 40, seeds: () => [[census2021, { area: 'E08000025', topic: 'ethnic-group', level: 'aggregate' }], [census2021, { area: 'E08000025', topic: 'age-single-year', breaks: [18, 65] }]] },
  compareToBaseline: { labels, infinite: [/\.upper$/], seeds: () => [[{ A: 120, B: 30, C: 25, D: 15, E: 10 }, census], [{ A: 120, B: 30, C: 25, D: 15, E: 10, Unknown: 3 }, census, { excludeCategories: ['Unknown'] }]] },
  // harmonise*: null/undefined are documented non-responses (counted as 'Not known'), so a hole is one too
  harmoniseEthnicity: { holesAreMissing: true, labels, seeds: () => [[['R', 'C', null, 'Prefer not to say']], [['R', 'C'], { level: 'aggregate' }]] },
  harmoniseAgeBand: { holesAreMissing: true, seeds: () => [[[17, 18, 64.9, '65', null], { bands: [0, 18, 65] }], [[3, 87]]] },
  ageBands: { seeds: () => [[[0, 18, 65]], ['ts007a']] },
  harmoniseGender: { holesAreMissing: true, labels, seeds: () => [[['Female', 'M', 'non-binary', 'Prefer not to say', '']], [['Woman', 'Man', 'Woman'], { target: 'census-sex' }]] },
  harmoniseGenderIdentity: {
    holesAreMissing: true,
    seeds: () => [[[{ gender: 'Woman', sameAsSexRegisteredAtBirth: 'Yes' }, { gender: 'Woman', sameAsSexRegisteredAtBirth: 'No' }, { gender: 'Non-binary', trans: 'Yes' }, { gender: 'Man', sameAsSexRegisteredAtBirth: 'Prefer not to say' }]]],
  },
  harmoniseSexualOrientation: { holesAreMissing: true, seeds: () => [[['Heterosexual or Straight', 'Gay woman/Lesbian', 'Pansexual', 'Prefer not to say']], [['Not sure', null], { nonResponse: 'not-answered' }]] },
  harmoniseDisability: { holesAreMissing: true, seeds: () => [[[{ condition: 'Yes', limitation: 'Yes, a little' }, { condition: 'No' }, 'No']], [['Yes, limited a lot', 'No', 'Prefer not to say'], { level: 'detail' }]] },
};

fuzzModule('equity', ns as unknown as Record<string, unknown>, specs);
