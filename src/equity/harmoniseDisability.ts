import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { oneOf, optionsObject } from '../_internal/validate';
import { harmoniseAll, isMissing, NOT_KNOWN, normaliseText, PREFER_NOT_TO_SAY, readUnrecognised, SynonymTable, wrongType, type Resolution } from './_internal/censusHarmonise';
import type { HarmonisedValues, UnrecognisedPolicy } from './harmoniseTypes';

/** The two census questions behind the Equality Act definition, as answered by one person. */
export interface DisabilityAnswers {
  /** "Do you have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?" Yes / No, or a boolean. */
  readonly condition?: string | boolean | null;
  /** "Do any of your conditions or illnesses reduce your ability to carry out day-to-day activities?" Yes, a lot / Yes, a little / Not at all. */
  readonly limitation?: string | null;
}

/** Options of {@link harmoniseDisability}. */
export interface HarmoniseDisabilityOptions {
  /**
   * `'aggregate'`: Disabled / Not disabled under the Equality Act (the TS038 lines available for every local
   * authority); `'detail'`: the four TS038 detail lines (limited a lot, a little, condition not limiting, no
   * condition), with a `… not recorded` category where only yes / no is known.
   *
   * @defaultValue 'aggregate'
   */
  readonly level?: 'aggregate' | 'detail';
  /**
   * What to do with a value that matches no known wording.
   *
   * @defaultValue 'error'
   */
  readonly unrecognised?: UnrecognisedPolicy;
}

const DISABLED = 'Disabled under the Equality Act';
const NOT_DISABLED = 'Not disabled under the Equality Act';
const LOT = `${DISABLED}: Day-to-day activities limited a lot`;
const LITTLE = `${DISABLED}: Day-to-day activities limited a little`;
const NOT_LIMITED = `${NOT_DISABLED}: Has long term physical or mental health condition but day-to-day activities are not limited`;
const NO_CONDITION = `${NOT_DISABLED}: No long term physical or mental health conditions`;
const DISABLED_UNSPECIFIED = `${DISABLED}: limitation not recorded`;
const NOT_DISABLED_UNSPECIFIED = `${NOT_DISABLED}: condition not recorded`;

const CAVEAT_SELF_IDENTIFIED =
  'A yes / no disability answer is self-identification, not the census two-question derivation (long-term condition, then day-to-day limitation); shares are comparable with TS038 only approximately.';

function buildTable(): SynonymTable {
  const t = new SynonymTable();
  const self = { rule: 'self-identified', caveat: CAVEAT_SELF_IDENTIFIED } as const;
  t.add(['Yes', 'Y', 'True', 'Disabled', 'Has a disability', 'Disability'], { category: DISABLED_UNSPECIFIED, ...self });
  t.add(['No', 'N', 'False', 'Not disabled', 'No disability'], { category: NOT_DISABLED_UNSPECIFIED, ...self });
  t.add([DISABLED], { category: DISABLED_UNSPECIFIED, rule: 'ons-2021' });
  t.add([NOT_DISABLED], { category: NOT_DISABLED_UNSPECIFIED, rule: 'ons-2021' });
  t.add([LOT, 'Yes, limited a lot', 'Yes, a lot', 'Limited a lot', 'Day-to-day activities limited a lot', 'Disabled: limited a lot'], { category: LOT, rule: 'ons-2021' });
  t.add([LITTLE, 'Yes, limited a little', 'Yes, a little', 'Limited a little', 'Day-to-day activities limited a little', 'Disabled: limited a little'], { category: LITTLE, rule: 'ons-2021' });
  t.add([NOT_LIMITED, 'Has long term physical or mental health condition but day-to-day activities are not limited', 'Condition but not limited', 'Long-term condition, not limited', 'Not limited'], { category: NOT_LIMITED, rule: 'ons-2021' });
  t.add([NO_CONDITION, 'No long term physical or mental health conditions', 'No long-term condition', 'No condition'], { category: NO_CONDITION, rule: 'ons-2021' });
  t.add(['Prefer not to say', 'Not stated', 'Declined', 'Refused', 'Rather not say'], { category: PREFER_NOT_TO_SAY, rule: 'non-response' });
  t.add(['Not known', 'Unknown', 'Not recorded', 'Not asked'], { category: NOT_KNOWN, rule: 'non-response' });
  return t;
}

let table: SynonymTable | undefined;

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);
const LIMIT_LOT = new Set(['yes a lot', 'a lot', 'limited a lot', 'yes limited a lot']);
const LIMIT_LITTLE = new Set(['yes a little', 'a little', 'limited a little', 'yes limited a little']);
const LIMIT_NONE = new Set(['not at all', 'no', 'not limited']);

function fromAnswers(fn: string, a: DisabilityAnswers, index: number): Resolution | undefined {
  const c = a.condition;
  let condition: boolean | 'missing' | undefined;
  if (isMissing(c)) condition = 'missing';
  else if (typeof c === 'boolean') condition = c;
  else if (typeof c === 'string') condition = YES.has(normaliseText(c)) ? true : NO.has(normaliseText(c)) ? false : undefined;
  if (condition === undefined) return undefined;
  if (condition === 'missing') return { category: NOT_KNOWN, rule: 'missing' };
  if (!condition) return { category: NO_CONDITION, rule: 'derived' };
  const l = a.limitation;
  if (isMissing(l)) return { category: NOT_KNOWN, rule: 'non-response' };
  if (typeof l !== 'string') {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires limitation to be text (got ${describeValue(l)})`, path: ['values', index, 'limitation'] });
  }
  const k = normaliseText(l);
  if (LIMIT_LOT.has(k)) return { category: LOT, rule: 'derived' };
  if (LIMIT_LITTLE.has(k)) return { category: LITTLE, rule: 'derived' };
  if (LIMIT_NONE.has(k)) return { category: NOT_LIMITED, rule: 'derived' };
  return undefined;
}

const AGGREGATE_OF: Record<string, string> = {
  [LOT]: DISABLED,
  [LITTLE]: DISABLED,
  [DISABLED_UNSPECIFIED]: DISABLED,
  [NOT_LIMITED]: NOT_DISABLED,
  [NO_CONDITION]: NOT_DISABLED,
  [NOT_DISABLED_UNSPECIFIED]: NOT_DISABLED,
};

/**
 * Maps recorded disability to the Census 2021 Equality Act categories (TS038): Disabled / Not disabled,
 * or the four detailed lines, keeping Prefer not to say and Not known.
 *
 * @remarks
 * The census derives the Equality Act definition from two questions: a physical or mental health condition
 * lasting or expected to last 12 months or more, and whether it reduces the ability to carry out day-to-day
 * activities (a lot / a little / not at all). Disabled = condition and limited a lot or a little. Pass those
 * two answers as `{ condition, limitation }` objects to apply the same derivation; a person with a condition
 * whose limitation is not recorded is `Not known`. Plain answers are accepted too: the TS038 labels,
 * "Yes, limited a lot", "Not limited", and yes / no ("Do you consider yourself disabled?"), which is
 * self-identification and carries a caveat. At `level: 'detail'` a yes / no answer becomes
 * `… : limitation not recorded` / `… : condition not recorded` rather than being guessed.
 *
 * **Formula**
 * ```tex
 * \text{Disabled} \iff \text{condition} = \text{yes} \wedge \text{limitation} \in \{\text{a lot}, \text{a little}\}
 * ```
 *
 * **References**
 * - Equality Act 2010, section 6 and schedule 1 (definition of disability).
 *   https://www.legislation.gov.uk/ukpga/2010/15/section/6
 * - Office for National Statistics (2023). Disability variable: Census 2021 dictionary (GSS harmonised
 *   standard). https://www.ons.gov.uk/census/census2021dictionary/variablesbytopic/healthdisabilityandunpaidcarevariablescensus2021/disability
 * - Government Statistical Service (2019). Measuring disability for the Equality Act 2010: harmonised standard.
 *   https://analysisfunction.civilservice.gov.uk/policy-store/measuring-disability-for-the-equality-act-2010/
 *
 * @param values - each person's disability answer: text, a boolean, or `{ condition, limitation }`
 * @param options - output level and the policy for unrecognised values
 * @returns one category per value, counts, and the mapping of every distinct input
 * @throws {InvalidInputError} when a value has the wrong type, is not recognised (unless
 *   `unrecognised: 'unknown'`), or an option is invalid
 * @example
 * ```ts
 * import { harmoniseDisability } from 'social-outcomes/equity';
 * harmoniseDisability([{ condition: 'Yes', limitation: 'Yes, a little' }, { condition: 'Yes', limitation: 'Not at all' }, { condition: 'No' }]).values //=> ['Disabled under the Equality Act', 'Not disabled under the Equality Act', 'Not disabled under the Equality Act']
 * harmoniseDisability(['Yes, limited a lot', 'No', 'Prefer not to say'], { level: 'detail' }).values //=> ['Disabled under the Equality Act: Day-to-day activities limited a lot', 'Not disabled under the Equality Act: condition not recorded', 'Prefer not to say']
 * harmoniseDisability(['Maybe']) //=> throws InvalidInputError
 * ```
 */
export function harmoniseDisability(values: ReadonlyArray<string | boolean | DisabilityAnswers | null | undefined>, options?: HarmoniseDisabilityOptions): HarmonisedValues {
  const fn = 'harmoniseDisability';
  const opts = optionsObject(fn, options, ['level', 'unrecognised']);
  const level = opts.level === undefined ? 'aggregate' : oneOf(fn, 'level', opts.level, ['aggregate', 'detail'] as const);
  const unrecognised = readUnrecognised(fn, opts.unrecognised);
  table ??= buildTable();
  const t = table;
  const resolve = (v: unknown, i: number): Resolution | undefined => {
    let r: Resolution | undefined;
    if (typeof v === 'string') r = t.get(v);
    else if (typeof v === 'boolean') r = t.get(v ? 'Yes' : 'No');
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) r = fromAnswers(fn, v as DisabilityAnswers, i);
    else wrongType(fn, 'text, a boolean or { condition, limitation }', v, i);
    if (r === undefined || level === 'detail') return r;
    const agg = AGGREGATE_OF[r.category];
    return agg === undefined ? r : { ...r, category: agg };
  };
  const order = level === 'detail'
    ? [LOT, LITTLE, DISABLED_UNSPECIFIED, NOT_LIMITED, NO_CONDITION, NOT_DISABLED_UNSPECIFIED, PREFER_NOT_TO_SAY, NOT_KNOWN]
    : [DISABLED, NOT_DISABLED, PREFER_NOT_TO_SAY, NOT_KNOWN];
  return harmoniseAll(fn, 'a disability answer', values, resolve, order, unrecognised);
}
