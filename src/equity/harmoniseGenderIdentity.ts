import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { arrayLike, oneOf, optionsObject } from '../_internal/validate';
import { ANOTHER_WAY, buildGenderTable, MAN, NON_BINARY, WOMAN } from './_internal/censusGender';
import { harmoniseAll, inputText, isMissing, NOT_ANSWERED, NOT_KNOWN, normaliseText, PREFER_NOT_TO_SAY, readUnrecognised, type Resolution, type SynonymTable } from './_internal/censusHarmonise';
import type { HarmonisedValues, NonResponsePolicy, UnrecognisedPolicy } from './harmoniseTypes';

/** One person's answers: gender, and whether it is the same as the sex registered at birth (or "are you trans?"). */
export interface GenderIdentityAnswers {
  /** Gender as recorded (Woman, Man, Non-binary, self-described, …); any wording harmoniseGender accepts. */
  readonly gender?: string | null;
  /** Answer to "Is the gender you identify with the same as your sex registered at birth?": Yes / No / Prefer not to say, or a boolean. */
  readonly sameAsSexRegisteredAtBirth?: string | boolean | null;
  /** Answer to the alternative question "Do you consider yourself to be trans?": Yes / No / Prefer not to say, or a boolean. */
  readonly trans?: string | boolean | null;
}

/** Options of {@link harmoniseGenderIdentity}. */
export interface HarmoniseGenderIdentityOptions {
  /**
   * Target classification: `'TS078'` (7 categories; non-binary counted in All other gender identities) or
   * `'TS070'` (non-binary separate).
   *
   * @defaultValue 'TS078'
   */
  readonly classification?: 'TS078' | 'TS070';
  /**
   * Keep `Prefer not to say` and `Not known` apart, or merge them into the census `Not answered`.
   *
   * @defaultValue 'separate'
   */
  readonly nonResponse?: NonResponsePolicy;
  /**
   * What to do with an answer that matches no known wording.
   *
   * @defaultValue 'error'
   */
  readonly unrecognised?: UnrecognisedPolicy;
}

const SAME = 'Gender identity the same as sex registered at birth';
const DIFFERENT_NO_IDENTITY = 'Gender identity different from sex registered at birth but no specific identity given';
const TRANS_WOMAN = 'Trans woman';
const TRANS_MAN = 'Trans man';
const NB = 'Non-binary';
const ALL_OTHER = 'All other gender identities';

const CAVEAT_DERIVED =
  'Trans woman, Trans man and Non-binary are derived here from the gender answer of people who answered No to the same-as-birth question; the census derived them from the written-in identity, and its gender identity estimates are official statistics in development, not accredited.';
const CAVEAT_NOT_ANSWERED =
  'Prefer not to say and Not known were merged into Not answered to match the census category; the census figure counts people who skipped the voluntary question.';

type Answer = 'yes' | 'no' | 'declined' | 'missing';

const YES = new Set(['yes', 'y', 'true', 'same', SAME].map(normaliseText));
const NO = new Set(['no', 'n', 'false', 'different', 'not the same'].map(normaliseText));
const DECLINED = new Set(['prefer not to say', 'prefer not to answer', 'not stated', 'declined', 'refused', 'z'].map(normaliseText));
const UNKNOWN = new Set(['not known', 'unknown', 'not recorded', 'not asked', 'x'].map(normaliseText));

function readAnswer(v: unknown): Answer | undefined {
  if (isMissing(v)) return 'missing';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v !== 'string') return undefined;
  const k = normaliseText(v);
  if (YES.has(k)) return 'yes';
  if (NO.has(k)) return 'no';
  if (DECLINED.has(k)) return 'declined';
  if (UNKNOWN.has(k)) return 'missing';
  return undefined;
}

let table: SynonymTable | undefined;

/**
 * Combines a gender answer with the separate "same as sex registered at birth" (or "are you trans?")
 * answer into the Census 2021 gender identity categories (TS078 or TS070), keeping non-response.
 *
 * @remarks
 * This is the two-question design of the census and of the review's recommendation 9: gender (Woman, Man,
 * self-described, Prefer not to say) and, separately, "Is the gender you identify with the same as your sex
 * registered at birth?" (Yes / No / Prefer not to say). The alternative "Do you consider yourself to be
 * trans?" is read with Yes ⇔ not the same. Rules:
 * - same = Yes → `Gender identity the same as sex registered at birth` (whatever the gender answer);
 * - same = No → `Trans woman` (gender Woman), `Trans man` (Man), `Non-binary` (TS070) or
 *   `All other gender identities` (TS078; also In another way), and
 *   `Gender identity different from sex registered at birth but no specific identity given` when the
 *   gender was not given;
 * - same declined → `Prefer not to say`; not recorded → `Not known` (or both `Not answered` with
 *   `nonResponse: 'not-answered'`).
 * Compare with `baseline(census2021, { area: 'K04000001', topic: 'gender-identity' })`: the census table
 * exists for England and Wales only, is aged 16+, and is official statistics in development (caveat
 * attached by `baseline`). If both the same-as-birth and the trans answer are given they must agree.
 *
 * **Formula**
 * ```tex
 * c = \begin{cases} \text{same} & s = \text{yes}\\ \text{trans}(g) & s = \text{no}\\ \text{non-response} & \text{otherwise}\end{cases}
 * ```
 *
 * **References**
 * - Office for National Statistics (2023). Gender identity variable (gender_identity_7a, gender_identity_8a):
 *   Census 2021 dictionary. https://www.ons.gov.uk/census/census2021dictionary
 * - Office for Statistics Regulation (2024). Census 2021 gender identity estimates: no longer accredited
 *   official statistics (12 September 2024). https://osr.statisticsauthority.gov.uk/
 * - Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (2022). Review of the Performance Evaluation
 *   Framework, Birmingham City Council Adult Social Care Prevention Portfolio, recommendation 9.
 *
 * @param records - each person's answers (see {@link GenderIdentityAnswers})
 * @param options - classification, non-response policy, and the policy for unrecognised answers
 * @returns one census gender identity category per record, counts, and the mapping of each distinct answer pair
 * @throws {InvalidInputError} when `records` is not an array, a record is not an object, an answer is not
 *   recognised (unless `unrecognised: 'unknown'`), the two trans questions contradict each other, or an
 *   option is invalid
 * @example
 * ```ts
 * import { harmoniseGenderIdentity } from 'social-outcomes/equity';
 * const answers = [
 *   { gender: 'Woman', sameAsSexRegisteredAtBirth: 'Yes' },
 *   { gender: 'Woman', sameAsSexRegisteredAtBirth: 'No' },
 *   { gender: 'Non-binary', trans: 'Yes' },
 *   { gender: 'Prefer not to say', sameAsSexRegisteredAtBirth: 'No' },
 *   { gender: 'Man', sameAsSexRegisteredAtBirth: 'Prefer not to say' },
 * ];
 * harmoniseGenderIdentity(answers).values //=> ['Gender identity the same as sex registered at birth', 'Trans woman', 'All other gender identities', 'Gender identity different from sex registered at birth but no specific identity given', 'Prefer not to say']
 * harmoniseGenderIdentity([{ gender: 'Non-binary', sameAsSexRegisteredAtBirth: false }], { classification: 'TS070' }).values //=> ['Non-binary']
 * harmoniseGenderIdentity([{ gender: 'Man', sameAsSexRegisteredAtBirth: 'Yes', trans: 'Yes' }]) //=> throws InvalidInputError
 * ```
 */
export function harmoniseGenderIdentity(records: ReadonlyArray<GenderIdentityAnswers>, options?: HarmoniseGenderIdentityOptions): HarmonisedValues {
  const fn = 'harmoniseGenderIdentity';
  const opts = optionsObject(fn, options, ['classification', 'nonResponse', 'unrecognised']);
  const classification = opts.classification === undefined ? 'TS078' : oneOf(fn, 'classification', opts.classification, ['TS078', 'TS070'] as const);
  const nonResponse = opts.nonResponse === undefined ? 'separate' : oneOf(fn, 'nonResponse', opts.nonResponse, ['separate', 'not-answered'] as const);
  const unrecognised = readUnrecognised(fn, opts.unrecognised);
  table ??= buildGenderTable();
  const t = table;
  const list = arrayLike(fn, 'records', records, ['records']);
  // Turn each record into a synthetic key so that harmoniseAll can audit distinct answer pairs.
  const keys = new Array<string>(list.length);
  const resolved = new Map<string, Resolution | undefined>();
  for (let i = 0; i < list.length; i++) {
    const rec = list[i];
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires each record to be an object (got ${describeValue(rec)})`, path: ['records', i] });
    }
    const r = rec as GenderIdentityAnswers;
    const key = `gender=${inputText(r.gender)}; same=${inputText(r.sameAsSexRegisteredAtBirth)}; trans=${inputText(r.trans)}`;
    keys[i] = key;
    if (resolved.has(key)) continue;
    resolved.set(key, resolveRecord(fn, r, i, t, classification, nonResponse, unrecognised));
  }
  const order = [SAME, DIFFERENT_NO_IDENTITY, TRANS_WOMAN, TRANS_MAN, ...(classification === 'TS070' ? [NB] : []), ALL_OTHER, PREFER_NOT_TO_SAY, NOT_KNOWN, NOT_ANSWERED];
  const out = harmoniseAll(fn, 'a gender identity answer', keys, (k) => resolved.get(k as string), order, 'unknown');
  const missing = out.mappings.reduce((s, m) => s + (m.rule === 'missing' ? m.count : 0), 0);
  return { ...out, missing };
}

function resolveRecord(
  fn: string,
  r: GenderIdentityAnswers,
  index: number,
  t: SynonymTable,
  classification: 'TS078' | 'TS070',
  nonResponse: NonResponsePolicy,
  unrecognised: UnrecognisedPolicy,
): Resolution | undefined {
  const bad = (field: string, value: unknown, what: string): Resolution | undefined => {
    if (unrecognised === 'error') {
      throw new InvalidInputError({ code: 'unknown-category', message: `${fn} does not recognise ${describeValue(value)} as ${what} (pass unrecognised: 'unknown' to count such records as ${NOT_KNOWN})`, path: ['records', index, field] });
    }
    return undefined;
  };
  const same = readAnswer(r.sameAsSexRegisteredAtBirth);
  if (same === undefined) return bad('sameAsSexRegisteredAtBirth', r.sameAsSexRegisteredAtBirth, 'an answer to the same-as-sex-registered-at-birth question');
  const trans = readAnswer(r.trans);
  if (trans === undefined) return bad('trans', r.trans, 'an answer to the trans question');
  const fromTrans: Answer = trans === 'yes' ? 'no' : trans === 'no' ? 'yes' : trans;
  if ((same === 'yes' || same === 'no') && (fromTrans === 'yes' || fromTrans === 'no') && same !== fromTrans) {
    throw new InvalidInputError({ code: 'invalid-record', message: `${fn} found contradictory answers: same as sex registered at birth ${describeValue(r.sameAsSexRegisteredAtBirth)} but trans ${describeValue(r.trans)}`, path: ['records', index] });
  }
  const answer: Answer = same === 'yes' || same === 'no' ? same : fromTrans === 'yes' || fromTrans === 'no' ? fromTrans : same === 'declined' || fromTrans === 'declined' ? 'declined' : 'missing';
  const nr = (category: string): Resolution =>
    nonResponse === 'not-answered' ? { category: NOT_ANSWERED, rule: 'non-response', caveat: CAVEAT_NOT_ANSWERED } : { category, rule: 'non-response' };
  if (answer === 'yes') return { category: SAME, rule: 'derived' };
  if (answer === 'declined') return nr(PREFER_NOT_TO_SAY);
  if (answer === 'missing') {
    const blank = isMissing(r.sameAsSexRegisteredAtBirth) && isMissing(r.trans);
    return blank ? { ...nr(NOT_KNOWN), rule: 'missing' } : nr(NOT_KNOWN);
  }
  let gender: string | undefined;
  if (isMissing(r.gender)) gender = NOT_KNOWN;
  else if (typeof r.gender === 'string') gender = t.get(r.gender)?.category;
  if (gender === undefined) return bad('gender', r.gender, 'a gender');
  if (gender === WOMAN) return { category: TRANS_WOMAN, rule: 'derived', caveat: CAVEAT_DERIVED };
  if (gender === MAN) return { category: TRANS_MAN, rule: 'derived', caveat: CAVEAT_DERIVED };
  if (gender === NON_BINARY) return { category: classification === 'TS070' ? NB : ALL_OTHER, rule: 'derived', caveat: CAVEAT_DERIVED };
  if (gender === ANOTHER_WAY) return { category: ALL_OTHER, rule: 'derived', caveat: CAVEAT_DERIVED };
  return { category: DIFFERENT_NO_IDENTITY, rule: 'derived' };
}
