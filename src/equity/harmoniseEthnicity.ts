import { optionsObject, oneOf } from '../_internal/validate';
import { harmoniseAll, NOT_KNOWN, PREFER_NOT_TO_SAY, readUnrecognised, wrongType, type Resolution } from './_internal/censusHarmonise';
import { buildEthnicityTables, CAVEAT_LOCAL, ethnicGroups2021, ethnicHighLevelGroups2021, GROUP_OF, groupOnlyLabel } from './_internal/censusEthnicity';
import type { HarmonisedValues, UnrecognisedPolicy } from './harmoniseTypes';

export { ethnicGroups2021, ethnicHighLevelGroups2021 } from './_internal/censusEthnicity';
export type { EthnicGroup2021, EthnicHighLevelGroup2021 } from './_internal/censusEthnicity';

let tables: ReturnType<typeof buildEthnicityTables> | undefined;

/** Options of {@link harmoniseEthnicity}. */
export interface HarmoniseEthnicityOptions {
  /**
   * `'detail'`: the 19 Census 2021 groups (TS021 detail); `'aggregate'`: the 5 high-level groups.
   *
   * @defaultValue 'detail'
   */
  readonly level?: 'detail' | 'aggregate';
  /**
   * What to do with a value that matches no known wording or code.
   *
   * @defaultValue 'error'
   */
  readonly unrecognised?: UnrecognisedPolicy;
}

/**
 * Maps ethnic group values recorded in any common UK coding to the Census 2021 England and Wales
 * categories (19 groups, or the 5 high-level groups), keeping non-response as categories.
 *
 * @remarks
 * Accepted inputs (case, punctuation and spacing are ignored):
 * - Census 2021 output labels (`Asian, Asian British or Asian Welsh: Indian`), the England questionnaire
 *   headings (`Asian or Asian British: Indian`) and the Wales headings (`Asian, Asian Welsh or Asian British:
 *   Indian`); ONS cannot separate "Asian Welsh" from "Asian British", so both map to the joint label.
 * - Census 2011 labels (`Asian/Asian British: Indian`, `White: English/Welsh/Scottish/Northern Irish/British`).
 * - NHS Data Dictionary ETHNIC CATEGORY codes A–S (2001 classification, "16+1"), alone, with their
 *   description, or as two characters whose second is a local digit (`A1`); Z → `Prefer not to say`;
 *   99 (and HES X) → `Not known`. The 2001 codes cannot express Gypsy or Irish Traveller, Roma or Arab:
 *   C and S absorb them, and R (Chinese) moves from "Other" to "Asian"; each such mapping carries a caveat.
 * - Subgroup names alone where unambiguous (`Indian`, `Caribbean`, `White British`).
 * - High-level group only (`Asian`, `White`): correct at aggregate level; at detail level the value becomes
 *   `<group>: detail not recorded` (with a caveat) rather than being guessed.
 *
 * `Prefer not to say` (asked and declined; NHS Z "Not stated") and `Not known` (not asked or not recorded;
 * NHS 99; also undefined, null and blank values) are kept as categories, never dropped. Bare "Other" is
 * ambiguous and is not recognised.
 *
 * **Formula**
 * ```tex
 * \text{category}(v) = T\big(\operatorname{normalise}(v)\big),\quad
 * \operatorname{normalise}(v) = \text{lower}(\text{NFKC}(v)) \text{ with } [^{a\text{-}z0\text{-}9}]^+ \mapsto \text{' '}
 * ```
 * where T is the table of wordings and codes above.
 *
 * **References**
 * - Office for National Statistics (2023). Ethnic group, national identity, language and religion variables:
 *   Census 2021 dictionary (ethnic_group_tb_20b). https://www.ons.gov.uk/census/census2021dictionary
 * - Office for National Statistics (2022). Ethnic group, England and Wales: Census 2021.
 *   https://www.ons.gov.uk/peoplepopulationandcommunity/culturalidentity/ethnicity/bulletins/ethnicgroupenglandandwales/census2021
 * - NHS England. NHS Data Model and Dictionary: ETHNIC CATEGORY (national codes A–S, Z; default 99).
 *   https://www.datadictionary.nhs.uk/data_elements/ethnic_category.html
 * - NHS Data Dictionary Change Request 406 (2004): Z "not stated" means asked and declined; 99 "not known"
 *   means not asked. https://v2.datadictionary.nhs.uk/change_packages/cp406/CP406.asp
 *
 * @param values - recorded ethnic group of each person (strings; missing values allowed)
 * @param options - output level and the policy for unrecognised values
 * @returns one category per value, counts, and the mapping of every distinct input with its caveats
 * @throws {InvalidInputError} when `values` is not an array, a value is not a string or number, a value is
 *   not recognised (unless `unrecognised: 'unknown'`), or an option is invalid
 * @example
 * ```ts
 * import { harmoniseEthnicity } from 'social-outcomes/equity';
 * const r = harmoniseEthnicity(['H', 'Asian or Asian British: Pakistani', 'White - British', 'Z', null]);
 * r.values //=> ['Asian, Asian British or Asian Welsh: Indian', 'Asian, Asian British or Asian Welsh: Pakistani', 'White: English, Welsh, Scottish, Northern Irish or British', 'Prefer not to say', 'Not known']
 * harmoniseEthnicity(['R', 'C'], { level: 'aggregate' }).values //=> ['Asian, Asian British or Asian Welsh', 'White']
 * harmoniseEthnicity(['R', 'C']).caveats.length //=> 2
 * harmoniseEthnicity(['Other']) //=> throws InvalidInputError
 * harmoniseEthnicity(['Other'], { unrecognised: 'unknown' }).counts //=> { 'Not known': 1 }
 * ```
 */
export function harmoniseEthnicity(values: ReadonlyArray<string | number | null | undefined>, options?: HarmoniseEthnicityOptions): HarmonisedValues {
  const fn = 'harmoniseEthnicity';
  const opts = optionsObject(fn, options, ['level', 'unrecognised']);
  const level = opts.level === undefined ? 'detail' : oneOf(fn, 'level', opts.level, ['detail', 'aggregate'] as const);
  const unrecognised = readUnrecognised(fn, opts.unrecognised);
  tables ??= buildEthnicityTables();
  const { detail, codes } = tables;
  const resolve = (v: unknown, i: number): Resolution | undefined => {
    if (typeof v !== 'string' && typeof v !== 'number') wrongType(fn, 'a string or a number', v, i);
    const raw = String(v).trim();
    let r = raw.length <= 2 ? codes.get(raw.toUpperCase()) : undefined;
    if (r === undefined && /^[A-HJ-NPRSZ][0-9]$/.test(raw)) {
      const national = codes.get(raw[0] as string);
      if (national) r = { ...national, caveat: national.caveat === undefined ? CAVEAT_LOCAL : `${national.caveat} ${CAVEAT_LOCAL}` };
    }
    r ??= detail.get(raw);
    if (r === undefined || level === 'detail') return r;
    const group = GROUP_OF.get(r.category);
    return group === undefined ? r : { ...r, category: group };
  };
  const order = level === 'detail'
    ? [...ethnicGroups2021.map((e) => e.label), ...ethnicHighLevelGroups2021.map((h) => groupOnlyLabel(h.label)), PREFER_NOT_TO_SAY, NOT_KNOWN]
    : [...ethnicHighLevelGroups2021.map((h) => h.label), PREFER_NOT_TO_SAY, NOT_KNOWN];
  return harmoniseAll(fn, 'an ethnic group', values, resolve, order, unrecognised);
}
