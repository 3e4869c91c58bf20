import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';

/** The kinds of direct identifier a column name can announce. */
export type ForbiddenColumnKind = 'name' | 'date-of-birth' | 'nhs-number' | 'national-insurance-number' | 'postcode' | 'address' | 'email' | 'phone';

/** A column whose name says it holds a direct identifier. */
export interface ForbiddenColumn {
  /** The column name as given. */
  readonly column: string;
  /** 0-based position of the column. */
  readonly index: number;
  /** What the column appears to hold. */
  readonly kind: ForbiddenColumnKind;
}

/** Words that, next to "name", say the name is not a person's (`provider name`, `ward name`). */
const NON_PERSON_QUALIFIERS = [
  'provider', 'service', 'organisation', 'organization', 'org', 'instrument', 'star', 'area', 'ward', 'team',
  'project', 'scheme', 'contract', 'commissioning', 'outcome', 'lsoa', 'msoa', 'authority', 'council', 'file',
  'sheet', 'column', 'field', 'agency', 'venue', 'group', 'site', 'activity', 'course', 'practice', 'unnamed',
  'measure', 'output', 'district', 'region', 'country', 'locality', 'constituency', 'programme', 'program',
];

function tokens(header: string): string[] {
  return header
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

function classify(header: string): ForbiddenColumnKind | undefined {
  const t = tokens(header);
  const s = t.join('');
  const has = (...words: string[]): boolean => words.some((w) => t.includes(w));
  const sHas = (...parts: string[]): boolean => parts.some((p) => s.includes(p));
  if (sHas('email')) return 'email';
  if (has('phone', 'telephone', 'tel', 'mobile', 'landline', 'cellphone', 'fax') || sHas('phonenumber', 'telephone', 'mobilenumber', 'contactnumber', 'mobileno', 'phoneno')) return 'phone';
  if (has('nhs') || sHas('nhsnumber', 'nhsno') || (has('chi') && has('number', 'no'))) return 'nhs-number';
  if (sHas('nationalinsurance') || has('nino') || (has('ni') && has('number', 'no'))) return 'national-insurance-number';
  if (has('dob') || sHas('dateofbirth', 'birthdate', 'birthday', 'monthofbirth', 'dobirth')) return 'date-of-birth';
  if ((sHas('postcode', 'postalcode', 'zipcode') || has('zip')) && !sHas('district', 'outcode', 'sector', 'area')) return 'postcode';
  if (has('address', 'street', 'addressline', 'streetname') || sHas('addressline', 'housenumber', 'houseno', 'streetname', 'streetaddress', 'homeaddress')) return 'address';
  if (sHas('name', 'forename', 'surname', 'initials') && !NON_PERSON_QUALIFIERS.some((q) => s.includes(q))) return 'name';
  return undefined;
}

/**
 * Finds the columns whose names say they hold direct identifiers — names, dates of birth, NHS or
 * National Insurance numbers, full postcodes, addresses, email addresses, phone numbers — which the
 * record standard refuses (review §7.1: "identifiable information (for instance name and date of
 * birth) will not be shared").
 *
 * @remarks
 * Names are split into words (camelCase, snake_case, spaces and punctuation all separate words) and
 * matched against word lists: `Client Name`, `first_name`, `DOB`, `Date of birth`, `NHS No`,
 * `E-mail`, `Mobile`, `Address line 1`, `Postcode` are found; `Provider name`, `Ward name`,
 * `Postcode district`, `outcode`, `genderSameAsBirth`, `Country of birth` and `Unnamed: 0` are
 * not. A column called `Postcode` is refused even if it holds only districts: rename it
 * `postcodeDistrict` (or map it with `columnMap`), and the values are then checked to be districts.
 * The readers in `social-outcomes/io` throw `forbidden-column` listing every such column.
 *
 * **References**
 * - Prevention First framework review (2022), §7.1 (note on anonymised individual data).
 * - Information Commissioner's Office. Guide to the UK GDPR: what is personal data (direct identifiers).
 *
 * @param headers - the column names of a file or table
 * @returns the forbidden columns, in column order (empty when there are none)
 * @throws {InvalidInputError} when `headers` is not an array of strings
 * @example
 * ```ts
 * import { findForbiddenColumns } from 'social-outcomes/schema';
 * findForbiddenColumns(['clientId', 'Client Name', 'DOB', 'postcodeDistrict', 'Provider name']) //=> [{ column: 'Client Name', index: 1, kind: 'name' }, { column: 'DOB', index: 2, kind: 'date-of-birth' }]
 * findForbiddenColumns(['clientId', 'ethnicity']) //=> []
 * ```
 */
export function findForbiddenColumns(headers: ReadonlyArray<string>): ForbiddenColumn[] {
  if (!Array.isArray(headers)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `findForbiddenColumns requires headers to be an array of strings (got ${describeValue(headers)})`, path: ['headers'] });
  }
  const list: ReadonlyArray<unknown> = headers;
  const out: ForbiddenColumn[] = [];
  for (let i = 0; i < list.length; i++) {
    const h = list[i];
    if (typeof h !== 'string') {
      throw new InvalidInputError({ code: 'invalid-type', message: `findForbiddenColumns requires headers to be strings (got ${describeValue(h)})`, path: ['headers', i] });
    }
    const kind = classify(h);
    if (kind !== undefined) out.push({ column: h, index: i, kind });
  }
  return out;
}
