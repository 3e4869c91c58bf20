import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS_TS007A,
  COMPLETED_BY,
  COMPLETED_BY_CODES,
  DISABILITY,
  DISABILITY_CODES,
  DISABILITY_DETAIL,
  DISABILITY_DETAIL_CODES,
  EMPLOYMENT_STATUS,
  EMPLOYMENT_STATUS_CODES,
  ETHNIC_GROUP_CODES,
  ETHNIC_GROUPS_2021,
  ETHNICITY_2021,
  ETHNICITY_CODES,
  GENDER,
  GENDER_CODES,
  GENDER_SAME_AS_BIRTH,
  GENDER_SAME_AS_BIRTH_CODES,
  IMMIGRATION_STATUS,
  IMMIGRATION_STATUS_CODES,
  NATIONALITY,
  NATIONALITY_CODES,
  NEED_STATUS,
  NEED_STATUS_CODES,
  NHS_ETHNIC_CATEGORY_TO_ONS2021,
  REFERRAL_OUTCOME,
  REFERRAL_OUTCOME_CODES,
  REFERRAL_SOURCE,
  REFERRAL_SOURCE_CODES,
  RELIGION,
  RELIGION_CODES,
  SEX,
  SEX_CODES,
  SEXUAL_ORIENTATION,
  SEXUAL_ORIENTATION_CODES,
  UNSUCCESSFUL_REFERRAL_REASON,
  UNSUCCESSFUL_REFERRAL_REASON_CODES,
  type CodeEntry,
} from 'social-outcomes/schema';
import { census2021 } from 'social-outcomes/data/census2021';
import { codeKey, codeLookup } from '../../src/io/_internal/cells';

const CODINGS: Array<[string, ReadonlyArray<CodeEntry>, ReadonlyArray<string>]> = [
  ['ethnicity', ETHNICITY_2021, ETHNICITY_CODES],
  ['ethnic groups', ETHNIC_GROUPS_2021, ETHNIC_GROUP_CODES],
  ['gender', GENDER, GENDER_CODES],
  ['genderSameAsBirth', GENDER_SAME_AS_BIRTH, GENDER_SAME_AS_BIRTH_CODES],
  ['sex', SEX, SEX_CODES],
  ['disability', DISABILITY, DISABILITY_CODES],
  ['disabilityDetail', DISABILITY_DETAIL, DISABILITY_DETAIL_CODES],
  ['sexualOrientation', SEXUAL_ORIENTATION, SEXUAL_ORIENTATION_CODES],
  ['religion', RELIGION, RELIGION_CODES],
  ['employmentStatus', EMPLOYMENT_STATUS, EMPLOYMENT_STATUS_CODES],
  ['nationality', NATIONALITY, NATIONALITY_CODES],
  ['immigrationStatus', IMMIGRATION_STATUS, IMMIGRATION_STATUS_CODES],
  ['referralSource', REFERRAL_SOURCE, REFERRAL_SOURCE_CODES],
  ['referralOutcome', REFERRAL_OUTCOME, REFERRAL_OUTCOME_CODES],
  ['unsuccessfulReason', UNSUCCESSFUL_REFERRAL_REASON, UNSUCCESSFUL_REFERRAL_REASON_CODES],
  ['completedBy', COMPLETED_BY, COMPLETED_BY_CODES],
  ['needStatus', NEED_STATUS, NEED_STATUS_CODES],
];

describe('codings', () => {
  for (const [name, entries, codes] of CODINGS) {
    it(`${name}: the code tuple lists the entries' codes in order`, () => {
      expect(entries.map((e) => e.code)).toEqual([...codes]);
    });
    it(`${name}: codes are kebab-case and every spelling maps to one code only`, () => {
      for (const e of entries) expect(e.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      // Two codes must never share a matching key, or a file value would be decoded arbitrarily.
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const s of [e.code, e.label, e.census?.label, ...(e.synonyms ?? [])]) {
          if (s === undefined) continue;
          const k = codeKey(s);
          const prev = owner.get(k);
          if (prev !== undefined && !(name === 'sexualOrientation' && s === 'All other sexual orientations')) expect(prev, `${JSON.stringify(s)} of ${e.code}`).toBe(e.code);
          if (prev === undefined) owner.set(k, e.code);
        }
      }
      expect(codeLookup(entries).size).toBe(owner.size);
    });
  }

  it('ethnicity holds the 19 Census 2021 categories in 5 groups, then prefer-not-to-say and not-known', () => {
    const real = ETHNICITY_2021.filter((e) => e.group !== undefined);
    expect(real).toHaveLength(19);
    expect(ETHNICITY_2021.slice(-2).map((e) => e.code)).toEqual(['prefer-not-to-say', 'not-known']);
    const perGroup = Object.fromEntries(ETHNIC_GROUP_CODES.map((g) => [g, real.filter((e) => e.group === g).length]));
    expect(perGroup).toEqual({ asian: 5, black: 3, mixed: 4, white: 5, other: 2 });
    // Roma is new in 2021 and Arab moved to "Other ethnic group" (equity.md §4.1).
    expect(ETHNICITY_2021.find((e) => e.code === 'white-roma')?.label).toBe('White: Roma');
    expect(ETHNICITY_2021.find((e) => e.code === 'other-arab')?.label).toBe('Other ethnic group: Arab');
  });

  it('every census label names a category of the bundled Census 2021 table, so equity can join on it', () => {
    const all = [...CODINGS.flatMap(([, entries]) => entries), ...AGE_BANDS_TS007A];
    let checked = 0;
    for (const e of all) {
      if (e.census === undefined) continue;
      const table = census2021.tables[e.census.table];
      expect(table, `table ${e.census.table}`).toBeDefined();
      expect(table?.categories.map((c) => c.label), `${e.code} in ${e.census.table}`).toContain(e.census.label);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('the five ethnic group labels are the TS021 aggregates', () => {
    const aggregates = census2021.tables.TS021?.categories.filter((c) => c.level === 'aggregate').map((c) => c.label);
    expect(ETHNIC_GROUPS_2021.map((g) => g.label)).toEqual(aggregates);
  });

  it('the NHS Data Dictionary crosswalk covers A–S, Z and 99 and keeps Z and 99 apart', () => {
    expect(Object.keys(NHS_ETHNIC_CATEGORY_TO_ONS2021).sort()).toEqual(['99', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z'].sort());
    expect(NHS_ETHNIC_CATEGORY_TO_ONS2021.R).toBe('asian-chinese');
    expect(NHS_ETHNIC_CATEGORY_TO_ONS2021.Z).toBe('prefer-not-to-say');
    expect(NHS_ETHNIC_CATEGORY_TO_ONS2021['99']).toBe('not-known');
    for (const v of Object.values(NHS_ETHNIC_CATEGORY_TO_ONS2021)) expect(ETHNICITY_CODES).toContain(v);
  });

  it('gender follows the review: man, woman, prefer not to say, self-describe (recommendation 9), plus not-known', () => {
    expect(GENDER_CODES).toEqual(['man', 'woman', 'self-describe', 'prefer-not-to-say', 'not-known']);
    expect(GENDER_SAME_AS_BIRTH_CODES).toEqual(['yes', 'no', 'prefer-not-to-say', 'not-known']);
  });

  it('the seven unsuccessful-referral reasons are the review’s drop-down (§7.2.3), in its words and order', () => {
    // Quoted from the Prevention First framework review (2022), §7.2.3.
    const review = 'Did not meet eligibility criteria, Did not attend appointments/did not call back or contact, Refused support offered, Unable to manage risk, Needs Too High, No capacity, Exceptions to above';
    expect(UNSUCCESSFUL_REFERRAL_REASON.map((r) => r.label).join(', ')).toBe(review);
    expect(UNSUCCESSFUL_REFERRAL_REASON).toHaveLength(7);
  });

  it('the TS007A age bands are the 18 five-year bands', () => {
    expect(AGE_BANDS_TS007A).toHaveLength(18);
    expect(AGE_BANDS_TS007A[0]?.code).toBe('0-4');
    expect(AGE_BANDS_TS007A[17]?.code).toBe('85+');
  });

  it('prefer-not-to-say and not-known are distinct values of every demographic coding', () => {
    for (const entries of [ETHNICITY_2021, GENDER, GENDER_SAME_AS_BIRTH, SEX, DISABILITY, DISABILITY_DETAIL, SEXUAL_ORIENTATION, RELIGION, EMPLOYMENT_STATUS, NATIONALITY, IMMIGRATION_STATUS]) {
      const codes = entries.map((e) => e.code);
      expect(codes).toContain('prefer-not-to-say');
      expect(codes).toContain('not-known');
      const lookup = codeLookup(entries);
      expect(lookup.get(codeKey('Prefer not to say'))).toBe('prefer-not-to-say');
      expect(lookup.get(codeKey('Unknown'))).toBe('not-known');
      expect(lookup.get(codeKey('Not stated'))).toBe('prefer-not-to-say');
    }
  });
});
