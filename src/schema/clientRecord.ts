/**
 * The individual-level record standard (review recommendation 5): one {@link ClientRecord} per client
 * (per row of a provider's file), carrying the client's outcome {@link Reading}s.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import {
  COMPLETED_BY_CODES,
  DISABILITY_CODES,
  DISABILITY_DETAIL_CODES,
  EMPLOYMENT_STATUS_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  GENDER_SAME_AS_BIRTH_CODES,
  IMMIGRATION_STATUS_CODES,
  NATIONALITY_CODES,
  NEED_STATUS_CODES,
  REFERRAL_OUTCOME_CODES,
  REFERRAL_SOURCE_CODES,
  RELIGION_CODES,
  SEXUAL_ORIENTATION_CODES,
  SEX_CODES,
  UNSUCCESSFUL_REFERRAL_REASON_CODES,
  type CompletedBy,
  type Disability,
  type DisabilityDetail,
  type EmploymentStatus,
  type Ethnicity,
  type Gender,
  type GenderSameAsBirth,
  type ImmigrationStatus,
  type Nationality,
  type NeedStatus,
  type ReferralOutcome,
  type ReferralSource,
  type Religion,
  type Sex,
  type SexualOrientation,
  type UnsuccessfulReferralReason,
} from './codings';
import { VA1_OUTCOME_IDS, type Va1OutcomeId } from './va1Outcomes';
import { looksLikeNhsNumber, looksLikePhoneNumber, personalDataIn } from './_internal/personalData';
import {
  ageBandSpan,
  CLIENT_ID_PATTERN,
  CONTROL_RE,
  ID_PATTERN,
  isIsoDate,
  isReportingPeriod,
  LSOA_CODE_PATTERN,
  OUTPUT_ID_PATTERN,
  POSTCODE_DISTRICT_PATTERN,
  RESERVED_AREA_IDS,
  RESERVED_IDS,
} from './_internal/formats';
import { declared } from './_internal/declared';

// ---------------------------------------------------------------------------------------------
// Types (documented; the schemas below infer exactly these, which test/schema checks)
// ---------------------------------------------------------------------------------------------

/**
 * One dated outcome reading of one client: an Outcomes Star, a WEMWBS/SWEMWBS, ONS4 or any
 * instrument scored by area (or by item). This is the shape `outcomes.pairReadings` takes.
 */
export interface Reading {
  /** Pseudonymous id of the client the reading belongs to (the record's `clientId`). */
  readonly clientId: string;
  /** Instrument id, lower-case kebab-case (`homelessness-star`, `wemwbs`), as in `social-outcomes/data/instruments`. */
  readonly instrumentId: string;
  /** Date the reading was taken, ISO `YYYY-MM-DD` (years 1900–2100). */
  readonly date: string;
  /**
   * Score by area id (or item id, e.g. `item1` for WEMWBS items); at least one. A partly completed
   * reading simply lacks the missing areas.
   */
  readonly scores: Readonly<Record<string, number>>;
  /**
   * `true` for a retrospective reading: completed later about an earlier point in time (Triangle
   * allows it to recover a missing baseline, warning that it may be exaggerated downwards).
   */
  readonly retrospective?: boolean;
  /** Who completed the reading. */
  readonly completedBy?: CompletedBy;
  /** The provider's own id of the reading, where it has one. */
  readonly readingId?: string;
}

/**
 * One client as a provider reports them: pseudonymous id, where and when the service was
 * commissioned, core and optional demographics, service reach, outcome readings, standardised
 * outputs, VA1 needs and the accessibility item.
 *
 * @remarks
 * **Personal data.** The record holds no direct identifiers: no names, dates of birth, NHS numbers,
 * full postcodes, addresses, email addresses or phone numbers (files with such columns are rejected
 * with `forbidden-column`; values that look like them are rejected in id and free-text fields). The
 * finest geography is the postcode district (outward code), the ward, or the LSOA.
 *
 * **Core demographics** (review §7.1, required minimum data set) are always present: when a provider's
 * file does not record one, the parser stores `not-known`, never leaves it out. Age is `age` or
 * `ageBand` (or both, which must agree); with neither, `ageBand` is `not-known`. Geography is
 * optional because some services must not record it (review footnote 19, domestic abuse).
 *
 * **Codes.** Categorical fields hold the codes of `social-outcomes/schema` codings (census labels and
 * synonyms are accepted when reading files). `prefer-not-to-say` (asked, declined) and `not-known`
 * (not asked or not recorded) are values, kept apart from each other and from real categories.
 *
 * **Wellbeing items** (WEMWBS, SWEMWBS, ONS4, a life-satisfaction item) are readings like any other
 * instrument, with item or area ids as score keys.
 */
export interface ClientRecord {
  /**
   * Pseudonymous client id, unique within the provider: 1–64 characters from `A–Z a–z 0–9 . _ : / -`,
   * starting with a letter or digit. Values that look like an NHS number (10 digits with a valid
   * check digit) or a UK phone number are refused.
   */
  readonly clientId: string;
  /** Provider id (1–64 characters, as `clientId`). */
  readonly providerId?: string;
  /** Commissioning area, e.g. `Vulnerable Adults 1` (free text, one line, up to 100 characters). */
  readonly commissioningArea?: string;
  /**
   * Reporting period: a financial year `2023-24`, a financial quarter `2023-24 Q1`, a calendar year
   * `2023` or a calendar quarter `2023-Q1`.
   */
  readonly reportingPeriod?: string;

  /** Age in completed years, 0–120. */
  readonly age?: number;
  /**
   * Age band `<min>-<max>` or `<min>+` in completed years (e.g. `18-24`, `85+`; see
   * {@link AGE_BANDS_TS007A}), or `prefer-not-to-say` / `not-known`.
   */
  readonly ageBand?: string;
  /** Gender (Stonewall-style question, review recommendation 9). Core. */
  readonly gender: Gender;
  /** Whether the gender the person identifies with is the same as their sex registered at birth. Core. */
  readonly genderSameAsBirth: GenderSameAsBirth;
  /** Disabled under the Equality Act 2010. Core. */
  readonly disability: Disability;
  /** Ethnic group, Census 2021 (19 categories). Core. */
  readonly ethnicity: Ethnicity;
  /** Postcode district (outward code, e.g. `B15`, `SW1A`), upper-case. Never a full postcode. */
  readonly postcodeDistrict?: string;
  /** Ward name or ONS ward code (`E05…`), free text up to 100 characters. */
  readonly ward?: string;
  /** ONS code of the 2011 or 2021 lower layer super output area (`E01…` / `W01…`). */
  readonly lsoaCode?: string;

  /** Sex (Census 2021 question). Optional. */
  readonly sex?: Sex;
  /** Census 2021 (TS038) disability category: further detail on disability. Optional. */
  readonly disabilityDetail?: DisabilityDetail;
  /** Sexual orientation (Census 2021). Optional. */
  readonly sexualOrientation?: SexualOrientation;
  /** Religion (Census 2021). Optional. */
  readonly religion?: Religion;
  /** Employment status. Optional. */
  readonly employmentStatus?: EmploymentStatus;
  /** Nationality group. Optional. */
  readonly nationality?: Nationality;
  /** Immigration status. Optional. */
  readonly immigrationStatus?: ImmigrationStatus;
  /** Whether an interpreter is needed. Optional. */
  readonly interpreterNeeded?: boolean;

  /** Date of the referral, ISO `YYYY-MM-DD`. */
  readonly referralDate?: string;
  /** The provider's name for the referral route (e.g. `housing officer`, `GP`), free text up to 100 characters. */
  readonly referralRoute?: string;
  /** Sector the referral came from (statutory, VCSE, self, …). */
  readonly referralSource?: ReferralSource;
  /** What happened to the referral: supported, waiting list, unsuccessful. */
  readonly referralOutcome?: ReferralOutcome;
  /** Why the referral was unsuccessful (review §7.2.3); only with `referralOutcome: 'unsuccessful'` or no outcome. */
  readonly unsuccessfulReason?: UnsuccessfulReferralReason;
  /** `true` for a repeat referral, `false` for a new one. */
  readonly repeatReferral?: boolean;

  /** Outcome readings of this client (may be empty). */
  readonly readings: ReadonlyArray<Reading>;
  /** Ids of standardised outputs achieved (value-bank entry ids, review §7.2.1); unique, at least one when present. */
  readonly outputsAchieved?: ReadonlyArray<string>;
  /** Ids of provider-specific outputs agreed with the commissioner (review §7.2.2); unique, at least one when present. */
  readonly providerOutputs?: ReadonlyArray<string>;
  /** Status of each VA1 outcome identified for the client; outcomes not identified are absent. */
  readonly needs?: Readonly<Partial<Record<Va1OutcomeId, NeedStatus>>>;
  /** Answer to the single accessibility item, 1 (not at all accessible) to 5 (very accessible); review §7.3.2. */
  readonly accessibilityRating?: number;
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

type Payload<T> = z.core.ParsePayload<T>;

/** A check that pushes one issue with `message` when `test` returns a message (one call per value: fast). */
function stringCheck(test: (s: string) => string | undefined): (ctx: Payload<string>) => void {
  return (ctx) => {
    const message = test(ctx.value);
    if (message !== undefined) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  };
}

const IsoDate = z.string().check(stringCheck((s) => (isIsoDate(s) ? undefined : 'must be an ISO date YYYY-MM-DD in 1900–2100')));

function idProblem(s: string): string | undefined {
  if (s.length > 64 || !ID_PATTERN.test(s)) return 'must be lower-case letters and digits in hyphen-separated words (at most 64 characters)';
  if (RESERVED_IDS.has(s)) return 'is a reserved name';
  return undefined;
}
const Id = z.string().check(stringCheck(idProblem));

function areaIdProblem(s: string): string | undefined {
  return idProblem(s) ?? (RESERVED_AREA_IDS.includes(s) ? 'is reserved in wide-form column names' : undefined);
}

const ClientId = z.string().check(
  stringCheck((s) => {
    if (!CLIENT_ID_PATTERN.test(s)) return 'must be 1–64 characters from A–Z a–z 0–9 . _ : / - starting with a letter or digit';
    if (looksLikeNhsNumber(s)) return 'looks like an NHS number; use a pseudonymous id';
    if (looksLikePhoneNumber(s)) return 'looks like a phone number; use a pseudonymous id';
    return undefined;
  }),
);
const OtherId = z.string().check(stringCheck((s) => (CLIENT_ID_PATTERN.test(s) ? undefined : 'must be 1–64 characters from A–Z a–z 0–9 . _ : / - starting with a letter or digit')));

const OneLine = (max: number) =>
  z.string().check(
    stringCheck((s) => {
      if (s.length === 0 || s.length > max) return `must be 1–${max} characters`;
      if (s !== s.trim()) return 'must not start or end with spaces';
      if (CONTROL_RE.test(s)) return 'must be one line without control characters';
      if (personalDataIn(s) !== undefined) return 'must not hold an email address, phone number, NHS number or full postcode';
      return undefined;
    }),
  );

const OutputIds = z.array(z.string()).check((ctx) => {
  const ids = ctx.value;
  if (ids.length === 0) ctx.issues.push({ code: 'custom', message: 'must hold at least one id', input: ids });
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!OUTPUT_ID_PATTERN.test(id)) ctx.issues.push({ code: 'custom', message: 'must be 1–100 characters from A–Z a–z 0–9 . _ : / -', input: id, path: [i] });
    else if (seen.has(id)) ctx.issues.push({ code: 'custom', message: `repeats the id ${JSON.stringify(id)}`, input: id, path: [i] });
    seen.add(id);
  });
});

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Schema of an area-score map: area (or item) id → finite number, at least one entry. Own keys are
 * read directly (a `__proto__` key is an issue, not silently dropped).
 */
export const ScoresSchema = z.custom<Readonly<Record<string, number>>>().check((ctx) => {
  const v = ctx.value as unknown;
  if (!isPlainObject(v)) {
    ctx.issues.push({ code: 'custom', message: 'must be an object of area scores', input: v });
    return;
  }
  const keys = Object.keys(v);
  if (keys.length === 0) ctx.issues.push({ code: 'custom', message: 'must hold at least one score', input: v });
  for (const k of keys) {
    const problem = k === '__proto__' ? 'is not allowed as a key' : areaIdProblem(k);
    if (problem !== undefined) ctx.issues.push({ code: 'custom', message: `area id ${JSON.stringify(k)} ${problem}`, input: k, path: [k] });
    const x = v[k];
    if (typeof x !== 'number' || !Number.isFinite(x)) ctx.issues.push({ code: 'custom', message: 'must be a finite number', input: x, path: [k] });
  }
});

const ReadingObject = z.strictObject({
  clientId: ClientId,
  instrumentId: Id,
  date: IsoDate,
  scores: ScoresSchema,
  retrospective: z.boolean().exactOptional(),
  completedBy: z.enum(COMPLETED_BY_CODES).exactOptional(),
  readingId: OtherId.exactOptional(),
});

/**
 * Zod schema of a {@link Reading}; parses to exactly that type.
 *
 * @example
 * ```ts
 * import { ReadingSchema } from 'social-outcomes/schema';
 * ReadingSchema.safeParse({ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-04-01', scores: { total: 52 } }).success //=> true
 * ReadingSchema.safeParse({ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-02-30', scores: { total: 52 } }).success //=> false
 * ```
 */
export const ReadingSchema: z.ZodType<Reading> = declared<Reading>()(ReadingObject);

const VA1_SET: ReadonlySet<string> = new Set(VA1_OUTCOME_IDS);
const NEED_SET: ReadonlySet<string> = new Set(NEED_STATUS_CODES);
const Needs = z.custom<Readonly<Partial<Record<Va1OutcomeId, NeedStatus>>>>().check((ctx) => {
  const v = ctx.value as unknown;
  if (!isPlainObject(v)) {
    ctx.issues.push({ code: 'custom', message: 'must be an object of VA1 outcome id → need status', input: v });
    return;
  }
  for (const k of Object.keys(v)) {
    if (!VA1_SET.has(k)) ctx.issues.push({ code: 'custom', message: `${JSON.stringify(k)} is not a VA1 outcome id`, input: k, path: [k] });
    else if (typeof v[k] !== 'string' || !NEED_SET.has(v[k])) ctx.issues.push({ code: 'custom', message: `must be one of ${NEED_STATUS_CODES.map((c) => `'${c}'`).join(', ')}`, input: v[k], path: [k] });
  }
});

const DISABLED_DETAIL = new Set<string>(['limited-a-lot', 'limited-a-little']);
const NOT_DISABLED_DETAIL = new Set<string>(['not-limited', 'no-condition']);

const ClientRecordObject = z.strictObject({
  clientId: ClientId,
  providerId: OtherId.exactOptional(),
  commissioningArea: OneLine(100).exactOptional(),
  reportingPeriod: z.string().check(stringCheck((p) => (isReportingPeriod(p) ? undefined : "must be a financial year '2023-24', a quarter '2023-24 Q1', a year '2023' or '2023-Q1'"))).exactOptional(),
  age: z.int().min(0).max(120).exactOptional(),
  ageBand: z
    .string()
    .check(stringCheck((b) => (b === 'prefer-not-to-say' || b === 'not-known' || ageBandSpan(b) !== undefined ? undefined : "must be '<min>-<max>' or '<min>+' in years 0–120, 'prefer-not-to-say' or 'not-known'")))
    .exactOptional(),
  gender: z.enum(GENDER_CODES),
  genderSameAsBirth: z.enum(GENDER_SAME_AS_BIRTH_CODES),
  disability: z.enum(DISABILITY_CODES),
  ethnicity: z.enum(ETHNICITY_CODES),
  postcodeDistrict: z.string().check(stringCheck((p) => (POSTCODE_DISTRICT_PATTERN.test(p) ? undefined : "must be a postcode district (outward code) such as 'B15', never a full postcode"))).exactOptional(),
  ward: OneLine(100).exactOptional(),
  lsoaCode: z.string().check(stringCheck((p) => (LSOA_CODE_PATTERN.test(p) ? undefined : "must be an LSOA code such as 'E01000001'"))).exactOptional(),
  sex: z.enum(SEX_CODES).exactOptional(),
  disabilityDetail: z.enum(DISABILITY_DETAIL_CODES).exactOptional(),
  sexualOrientation: z.enum(SEXUAL_ORIENTATION_CODES).exactOptional(),
  religion: z.enum(RELIGION_CODES).exactOptional(),
  employmentStatus: z.enum(EMPLOYMENT_STATUS_CODES).exactOptional(),
  nationality: z.enum(NATIONALITY_CODES).exactOptional(),
  immigrationStatus: z.enum(IMMIGRATION_STATUS_CODES).exactOptional(),
  interpreterNeeded: z.boolean().exactOptional(),
  referralDate: IsoDate.exactOptional(),
  referralRoute: OneLine(100).exactOptional(),
  referralSource: z.enum(REFERRAL_SOURCE_CODES).exactOptional(),
  referralOutcome: z.enum(REFERRAL_OUTCOME_CODES).exactOptional(),
  unsuccessfulReason: z.enum(UNSUCCESSFUL_REFERRAL_REASON_CODES).exactOptional(),
  repeatReferral: z.boolean().exactOptional(),
  readings: z.array(ReadingObject),
  outputsAchieved: OutputIds.exactOptional(),
  providerOutputs: OutputIds.exactOptional(),
  needs: Needs.exactOptional(),
  accessibilityRating: z.int().min(1).max(5).exactOptional(),
});

/**
 * Zod schema of a {@link ClientRecord}: field types and codes, plus the rules that tie fields
 * together: `age` inside `ageBand`; `disabilityDetail` consistent with `disability`; an
 * `unsuccessfulReason` only for an unsuccessful referral; every reading's `clientId` equal to the
 * record's; an age or age band present.
 *
 * @remarks
 * Unknown keys are refused (a typo is not silently dropped). `z.infer<typeof ClientRecordSchema>`
 * is {@link ClientRecord}. Uses classic `zod` (not `zod/mini`): `social-outcomes/schema` is not part of
 * the browser-safe core, and classic zod gives clearer issues.
 *
 * @example
 * ```ts
 * import { ClientRecordSchema } from 'social-outcomes/schema';
 * const record = { clientId: 'C1', ageBand: '25-34', gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', readings: [] };
 * ClientRecordSchema.safeParse(record).success //=> true
 * ClientRecordSchema.safeParse({ ...record, age: 40 }).success //=> false
 * ```
 */
export const ClientRecordSchema: z.ZodType<ClientRecord> = declared<ClientRecord>()(
  ClientRecordObject.superRefine((r, ctx) => {
    if (r.age === undefined && r.ageBand === undefined) {
      ctx.addIssue({ code: 'custom', path: ['ageBand'], message: "requires age or ageBand (use 'not-known' when neither was recorded)" });
    }
    if (r.age !== undefined && r.ageBand !== undefined) {
      const span = ageBandSpan(r.ageBand);
      if (span && (r.age < span.min || (span.max !== undefined && r.age > span.max))) {
        ctx.addIssue({ code: 'custom', path: ['ageBand'], message: `age ${r.age} is outside ageBand ${r.ageBand}` });
      }
    }
    if (r.disabilityDetail !== undefined) {
      if (DISABLED_DETAIL.has(r.disabilityDetail) && r.disability === 'no') {
        ctx.addIssue({ code: 'custom', path: ['disabilityDetail'], message: `disabilityDetail ${r.disabilityDetail} contradicts disability 'no'` });
      }
      if (NOT_DISABLED_DETAIL.has(r.disabilityDetail) && r.disability === 'yes') {
        ctx.addIssue({ code: 'custom', path: ['disabilityDetail'], message: `disabilityDetail ${r.disabilityDetail} contradicts disability 'yes'` });
      }
    }
    if (r.unsuccessfulReason !== undefined && r.referralOutcome !== undefined && r.referralOutcome !== 'unsuccessful') {
      ctx.addIssue({ code: 'custom', path: ['unsuccessfulReason'], message: `unsuccessfulReason is only for an unsuccessful referral (referralOutcome is '${r.referralOutcome}')` });
    }
    r.readings.forEach((reading, i) => {
      if (reading.clientId !== r.clientId) {
        ctx.addIssue({ code: 'custom', path: ['readings', i, 'clientId'], message: `reading clientId ${JSON.stringify(reading.clientId)} differs from the record's ${JSON.stringify(r.clientId)}` });
      }
    });
  }),
);

/** The fields of a {@link ClientRecord}, in the canonical column order used when writing files. */
export const CLIENT_RECORD_FIELDS = Object.keys(ClientRecordObject.shape) as ReadonlyArray<keyof ClientRecord>;

/** The core demographic fields: always present in a parsed record (`not-known` when not recorded). */
export const CORE_FIELDS: ReadonlyArray<'gender' | 'genderSameAsBirth' | 'disability' | 'ethnicity'> = ['gender', 'genderSameAsBirth', 'disability', 'ethnicity'];
