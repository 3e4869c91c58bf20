/**
 * Gender synonym table shared by harmoniseGender and harmoniseGenderIdentity.
 *
 * @internal
 */
import { NOT_KNOWN, PREFER_NOT_TO_SAY, SynonymTable, type Resolution } from './censusHarmonise';

export const WOMAN = 'Woman';
export const MAN = 'Man';
export const NON_BINARY = 'Non-binary';
export const ANOTHER_WAY = 'In another way';

/** The gender categories in canonical order (non-response last). */
export const GENDER_ORDER: ReadonlyArray<string> = [WOMAN, MAN, NON_BINARY, ANOTHER_WAY, PREFER_NOT_TO_SAY, NOT_KNOWN];

export const CAVEAT_TRANS_IN_GENDER =
  'A trans identity was recorded in the gender field; it is counted under the gender (Woman or Man) and trans status belongs in the separate "same as sex registered at birth" question (harmoniseGenderIdentity).';

/** Builds the gender synonym table. */
export function buildGenderTable(): SynonymTable {
  const t = new SynonymTable();
  const add = (texts: string[], r: Resolution): void => t.add(texts, r);
  add(['Woman', 'Female', 'F', 'Girl', 'Women', 'Cis woman', 'Cisgender woman', 'Female (including trans woman)'], { category: WOMAN, rule: 'synonym' });
  add(['Man', 'Male', 'M', 'Boy', 'Men', 'Cis man', 'Cisgender man', 'Male (including trans man)'], { category: MAN, rule: 'synonym' });
  add(['Trans woman', 'Transgender woman', 'Trans female'], { category: WOMAN, rule: 'synonym', caveat: CAVEAT_TRANS_IN_GENDER });
  add(['Trans man', 'Transgender man', 'Trans male'], { category: MAN, rule: 'synonym', caveat: CAVEAT_TRANS_IN_GENDER });
  add(['Non-binary', 'Nonbinary', 'Enby'], { category: NON_BINARY, rule: 'synonym' });
  add(['In another way', 'Another way', 'Other', 'Other (not listed)', 'Self-describe', 'Prefer to self-describe', 'Prefer to use my own term', 'Genderfluid', 'Gender fluid', 'Agender', 'Genderqueer', 'Gender queer'], { category: ANOTHER_WAY, rule: 'synonym' });
  add(['Prefer not to say', 'Not stated', 'Declined', 'Refused', 'Rather not say'], { category: PREFER_NOT_TO_SAY, rule: 'non-response' });
  add(['Not known', 'Unknown', 'Not recorded', 'Not asked'], { category: NOT_KNOWN, rule: 'non-response' });
  return t;
}

/** NHS Data Dictionary GENDER IDENTITY CODE: 1–4, Z, default X. */
export const NHS_GENDER_IDENTITY_CODES: ReadonlyMap<string, Resolution> = new Map([
  ['1', { category: MAN, rule: 'nhs-data-dictionary' }],
  ['2', { category: WOMAN, rule: 'nhs-data-dictionary' }],
  ['3', { category: NON_BINARY, rule: 'nhs-data-dictionary' }],
  ['4', { category: ANOTHER_WAY, rule: 'nhs-data-dictionary' }],
  ['Z', { category: PREFER_NOT_TO_SAY, rule: 'nhs-data-dictionary' }],
  ['X', { category: NOT_KNOWN, rule: 'nhs-data-dictionary' }],
]);
