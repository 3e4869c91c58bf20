import { oneOf, optionsObject } from '../_internal/validate';
import { buildGenderTable, GENDER_ORDER, MAN, NHS_GENDER_IDENTITY_CODES, WOMAN, ANOTHER_WAY, NON_BINARY } from './_internal/censusGender';
import { harmoniseAll, NOT_KNOWN, PREFER_NOT_TO_SAY, readUnrecognised, wrongType, type Resolution, type SynonymTable } from './_internal/censusHarmonise';
import type { HarmonisedValues, UnrecognisedPolicy } from './harmoniseTypes';

/** Options of {@link harmoniseGender}. */
export interface HarmoniseGenderOptions {
  /**
   * `'gender'`: Woman, Man, Non-binary, In another way (Stonewall-style monitoring options);
   * `'census-sex'`: Woman → `Female` and Man → `Male` to compare with the census sex table (TS008/TS009),
   * an approximation that is stated in the result's caveats; other genders keep their own categories,
   * which the binary census table does not have.
   *
   * @defaultValue 'gender'
   */
  readonly target?: 'gender' | 'census-sex';
  /**
   * Also read the NHS Data Dictionary GENDER IDENTITY CODE (1 Male including trans man, 2 Female including
   * trans woman, 3 Non-binary, 4 Other, Z Not stated, X Not known). Off by default because bare digits mean
   * different things in other code lists (PERSON STATED GENDER uses 9 for indeterminate).
   *
   * @defaultValue 'none'
   */
  readonly codes?: 'none' | 'nhs-gender-identity';
  /**
   * What to do with a value that matches no known wording.
   *
   * @defaultValue 'error'
   */
  readonly unrecognised?: UnrecognisedPolicy;
}

let table: SynonymTable | undefined;

const CAVEAT_CENSUS_SEX =
  'Census 2021 asked sex (Female / Male), not gender: mapping Woman to Female and Man to Male is an approximation (most trans respondents answered the sex question in line with their gender identity); Non-binary and In another way have no census sex category.';

/**
 * Maps recorded gender to Stonewall-style monitoring categories (Woman, Man, Non-binary, In another way),
 * or to the census sex categories, keeping Prefer not to say and Not known.
 *
 * @remarks
 * Gender, trans status and sex are separate questions: record trans status with the separate question
 * "Is the gender you identify with the same as your sex registered at birth?" and combine the two with
 * {@link harmoniseGenderIdentity} to compare with the census gender identity table. A value such as
 * "Trans woman" in the gender field is counted as Woman, with a caveat. Common wordings are accepted
 * (Female/F/Woman, Male/M/Man, Nonbinary, Other, Self-describe, …); case and punctuation are ignored.
 * With `target: 'census-sex'` the result can be compared with `baseline(census2021, { topic: 'sex' })`,
 * after excluding Non-binary, In another way and non-response explicitly.
 *
 * **Formula**
 * ```tex
 * \text{census-sex}(g) = \begin{cases}\text{Female} & g = \text{Woman}\\ \text{Male} & g = \text{Man}\\ g & \text{otherwise}\end{cases}
 * ```
 *
 * **References**
 * - NHS England. NHS Data Model and Dictionary: GENDER IDENTITY CODE.
 *   https://www.datadictionary.nhs.uk/data_elements/gender_identity_code.html
 * - Office for National Statistics (2021). Sex and gender identity question development for Census 2021.
 *   https://www.ons.gov.uk/census/censustransformationprogramme/questiondevelopment/sexandgenderidentityquestiondevelopmentforcensus2021
 * - Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (2022). Birmingham City Council's Adult Social Care
 *   Prevention Portfolio – Review of the Performance Evaluation Framework, final report, recommendation 9
 *   (one gender question: man, woman, prefer not to say, self-describe; a separate question on whether
 *   gender matches the sex assigned at birth, following Stonewall's guidance).
 *
 * @param values - recorded gender of each person (missing allowed)
 * @param options - target categories, optional NHS codes, and the policy for unrecognised values
 * @returns one category per value, counts, and the mapping of every distinct input
 * @throws {InvalidInputError} when a value is not a string or number, is not recognised (unless
 *   `unrecognised: 'unknown'`), or an option is invalid
 * @example
 * ```ts
 * import { harmoniseGender } from 'social-outcomes/equity';
 * harmoniseGender(['Female', 'M', 'non-binary', 'Prefer not to say', '']).values //=> ['Woman', 'Man', 'Non-binary', 'Prefer not to say', 'Not known']
 * harmoniseGender(['Woman', 'Man', 'Woman'], { target: 'census-sex' }).counts //=> { Female: 2, Male: 1 }
 * harmoniseGender(['2', 'Z'], { codes: 'nhs-gender-identity' }).values //=> ['Woman', 'Prefer not to say']
 * harmoniseGender(['Intersex']) //=> throws InvalidInputError
 * ```
 */
export function harmoniseGender(values: ReadonlyArray<string | number | null | undefined>, options?: HarmoniseGenderOptions): HarmonisedValues {
  const fn = 'harmoniseGender';
  const opts = optionsObject(fn, options, ['target', 'codes', 'unrecognised']);
  const target = opts.target === undefined ? 'gender' : oneOf(fn, 'target', opts.target, ['gender', 'census-sex'] as const);
  const codes = opts.codes === undefined ? 'none' : oneOf(fn, 'codes', opts.codes, ['none', 'nhs-gender-identity'] as const);
  const unrecognised = readUnrecognised(fn, opts.unrecognised);
  table ??= buildGenderTable();
  const t = table;
  const resolve = (v: unknown, i: number): Resolution | undefined => {
    if (typeof v !== 'string' && typeof v !== 'number') wrongType(fn, 'a string or a number', v, i);
    const raw = String(v).trim();
    const r = (codes === 'nhs-gender-identity' ? NHS_GENDER_IDENTITY_CODES.get(raw.toUpperCase()) : undefined) ?? t.get(raw);
    if (r === undefined || target === 'gender') return r;
    if (r.category === WOMAN) return { ...r, category: 'Female', caveat: r.caveat === undefined ? CAVEAT_CENSUS_SEX : `${r.caveat} ${CAVEAT_CENSUS_SEX}` };
    if (r.category === MAN) return { ...r, category: 'Male', caveat: r.caveat === undefined ? CAVEAT_CENSUS_SEX : `${r.caveat} ${CAVEAT_CENSUS_SEX}` };
    if (r.category === NON_BINARY || r.category === ANOTHER_WAY) return { ...r, caveat: CAVEAT_CENSUS_SEX };
    return r;
  };
  const order = target === 'gender' ? GENDER_ORDER : ['Female', 'Male', NON_BINARY, ANOTHER_WAY, PREFER_NOT_TO_SAY, NOT_KNOWN];
  return harmoniseAll(fn, 'a gender', values, resolve, order, unrecognised);
}
