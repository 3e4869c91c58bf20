import { oneOf, optionsObject } from '../_internal/validate';
import { harmoniseAll, NOT_ANSWERED, NOT_KNOWN, PREFER_NOT_TO_SAY, readUnrecognised, SynonymTable, wrongType, type Resolution } from './_internal/censusHarmonise';
import type { HarmonisedValues, NonResponsePolicy, UnrecognisedPolicy } from './harmoniseTypes';

/** Options of {@link harmoniseSexualOrientation}. */
export interface HarmoniseSexualOrientationOptions {
  /**
   * `'sexual_orientation_6a'`: the TS077 categories (Straight or Heterosexual, Gay or Lesbian, Bisexual, All
   * other sexual orientations); `'sexual_orientation_9a'`: also Pansexual, Asexual and Queer (as TS079).
   *
   * @defaultValue 'sexual_orientation_6a'
   */
  readonly classification?: 'sexual_orientation_6a' | 'sexual_orientation_9a';
  /**
   * Keep `Prefer not to say`, `Not sure` and `Not known` apart, or merge them into the census `Not answered`.
   *
   * @defaultValue 'separate'
   */
  readonly nonResponse?: NonResponsePolicy;
  /**
   * What to do with a value that matches no known wording.
   *
   * @defaultValue 'error'
   */
  readonly unrecognised?: UnrecognisedPolicy;
}

const STRAIGHT = 'Straight or Heterosexual';
const GAY = 'Gay or Lesbian';
const BI = 'Bisexual';
const PAN = 'Pansexual';
const ACE = 'Asexual';
const QUEER = 'Queer';
const OTHER = 'All other sexual orientations';
const NOT_SURE = 'Not sure';

const CAVEAT_NOT_ANSWERED =
  'Prefer not to say, Not sure and Not known were merged into Not answered to match the census category; the census figure counts people aged 16+ who skipped the voluntary question.';
const CAVEAT_COLLAPSED = 'Pansexual, Asexual and Queer are counted in All other sexual orientations, as in TS077.';

function buildTable(): SynonymTable {
  const t = new SynonymTable();
  t.add(['Straight or Heterosexual', 'Heterosexual or Straight', 'Straight', 'Heterosexual', 'Straight/Heterosexual', 'Heterosexual/Straight'], { category: STRAIGHT, rule: 'synonym' });
  t.add(['Gay or Lesbian', 'Gay', 'Lesbian', 'Gay man', 'Gay woman', 'Gay woman/Lesbian', 'Lesbian/Gay woman', 'Homosexual', 'Gay/Lesbian'], { category: GAY, rule: 'synonym' });
  t.add(['Bisexual', 'Bi'], { category: BI, rule: 'synonym' });
  t.add(['Pansexual'], { category: PAN, rule: 'synonym' });
  t.add(['Asexual'], { category: ACE, rule: 'synonym' });
  t.add(['Queer'], { category: QUEER, rule: 'synonym' });
  t.add(['All other sexual orientations', 'Other sexual orientation', 'Other sexual orientation not listed', 'Other', 'Something else', 'Self-describe', 'Prefer to self-describe', 'In another way'], { category: OTHER, rule: 'synonym' });
  t.add(['Not sure', "Don't know", 'Do not know', 'Person asked and does not know or is not sure', 'Unsure'], { category: NOT_SURE, rule: 'non-response' });
  t.add(['Prefer not to say', 'Not stated', 'Not stated (person asked but declined to provide a response)', 'Declined', 'Refused', 'Rather not say'], { category: PREFER_NOT_TO_SAY, rule: 'non-response' });
  t.add(['Not known', 'Unknown', 'Not known (not recorded)', 'Not recorded', 'Not asked'], { category: NOT_KNOWN, rule: 'non-response' });
  t.add(['Not answered'], { category: NOT_ANSWERED, rule: 'non-response' });
  return t;
}

let table: SynonymTable | undefined;

/**
 * Maps recorded sexual orientation to the Census 2021 categories (TS077, or the 9-category classification),
 * keeping Prefer not to say, Not sure and Not known as categories.
 *
 * @remarks
 * Common wordings are accepted (Heterosexual or Straight, Gay man, Gay woman/Lesbian, Bisexual, Other
 * sexual orientation not listed, and the NHS Sexual Orientation Monitoring descriptions "Person asked and does
 * not know or is not sure", "Not stated", "Not known"). Bare NHS codes (1, 2, 3, 4, U, Z, 9) are not
 * accepted: code 4 meant "does not know" in the 2010 NHS Data Dictionary and "other" in later lists, so a
 * digit alone is ambiguous. The census baseline (TS077) counts usual residents aged 16 and over and has a
 * `Not answered` category for its voluntary question: compare either of those who answered (exclude
 * non-response on both sides) or, with `nonResponse: 'not-answered'`, with non-response merged.
 *
 * **Formula**
 * ```tex
 * \text{6a}(c) = \begin{cases}\text{All other sexual orientations} & c \in \{\text{Pansexual}, \text{Asexual}, \text{Queer}\}\\ c & \text{otherwise}\end{cases}
 * ```
 *
 * **References**
 * - Office for National Statistics (2023). Sexual orientation variable (sexual_orientation_6a, _9a): Census
 *   2021 dictionary. https://www.ons.gov.uk/census/census2021dictionary
 * - NHS England (2017). Sexual Orientation Monitoring: Full Specification (SCCI2172 / DCS2094), for people
 *   aged 16 and over in health services and adult social care.
 * - NHS Data Model and Dictionary Change Request 1101 (2010): sexual orientation codes 4 "Person asked and does
 *   not know or is not sure" and Z "Not stated".
 *
 * @param values - recorded sexual orientation of each person (missing allowed)
 * @param options - classification, non-response policy, and the policy for unrecognised values
 * @returns one category per value, counts, and the mapping of every distinct input
 * @throws {InvalidInputError} when a value is not a string, is not recognised (unless
 *   `unrecognised: 'unknown'`), or an option is invalid
 * @example
 * ```ts
 * import { harmoniseSexualOrientation } from 'social-outcomes/equity';
 * harmoniseSexualOrientation(['Heterosexual or Straight', 'Gay woman/Lesbian', 'Pansexual', 'Prefer not to say']).values //=> ['Straight or Heterosexual', 'Gay or Lesbian', 'All other sexual orientations', 'Prefer not to say']
 * harmoniseSexualOrientation(['Pansexual'], { classification: 'sexual_orientation_9a' }).values //=> ['Pansexual']
 * harmoniseSexualOrientation(['Not sure', null], { nonResponse: 'not-answered' }).counts //=> { 'Not answered': 2 }
 * harmoniseSexualOrientation(['4']) //=> throws InvalidInputError
 * ```
 */
export function harmoniseSexualOrientation(values: ReadonlyArray<string | null | undefined>, options?: HarmoniseSexualOrientationOptions): HarmonisedValues {
  const fn = 'harmoniseSexualOrientation';
  const opts = optionsObject(fn, options, ['classification', 'nonResponse', 'unrecognised']);
  const classification = opts.classification === undefined ? 'sexual_orientation_6a' : oneOf(fn, 'classification', opts.classification, ['sexual_orientation_6a', 'sexual_orientation_9a'] as const);
  const nonResponse = opts.nonResponse === undefined ? 'separate' : oneOf(fn, 'nonResponse', opts.nonResponse, ['separate', 'not-answered'] as const);
  const unrecognised = readUnrecognised(fn, opts.unrecognised);
  table ??= buildTable();
  const t = table;
  const merge = nonResponse === 'not-answered';
  const resolve = (v: unknown, i: number): Resolution | undefined => {
    if (typeof v !== 'string') wrongType(fn, 'a string', v, i);
    const r = t.get(v);
    if (r === undefined) return undefined;
    if (classification === 'sexual_orientation_6a' && (r.category === PAN || r.category === ACE || r.category === QUEER)) return { category: OTHER, rule: r.rule, caveat: CAVEAT_COLLAPSED };
    if (merge && r.rule === 'non-response') return { category: NOT_ANSWERED, rule: 'non-response', caveat: CAVEAT_NOT_ANSWERED };
    return r;
  };
  const order = [STRAIGHT, GAY, BI, ...(classification === 'sexual_orientation_9a' ? [PAN, ACE, QUEER] : []), OTHER, NOT_SURE, PREFER_NOT_TO_SAY, NOT_KNOWN, NOT_ANSWERED];
  return harmoniseAll(fn, 'a sexual orientation', values, resolve, order, unrecognised, merge ? NOT_ANSWERED : NOT_KNOWN);
}
