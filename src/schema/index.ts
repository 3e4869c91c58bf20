/**
 * The `schema` module.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';

// --- record standard and io options (owner: schema/io, issue 7) ---
export {
  ACCESSIBILITY_RATING,
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
} from './codings';
export type {
  CensusCategoryRef,
  CodeEntry,
  CompletedBy,
  Disability,
  DisabilityDetail,
  EmploymentStatus,
  EthnicGroup,
  Ethnicity,
  Gender,
  GenderSameAsBirth,
  ImmigrationStatus,
  Nationality,
  NeedStatus,
  ReferralOutcome,
  ReferralSource,
  Religion,
  Sex,
  SexualOrientation,
  UnsuccessfulReferralReason,
} from './codings';
export { VA1_OUTCOMES, VA1_OUTCOME_IDS } from './va1Outcomes';
export type { Va1Outcome, Va1OutcomeId } from './va1Outcomes';
export { ClientRecordSchema, ReadingSchema, ScoresSchema, CLIENT_RECORD_FIELDS, CORE_FIELDS } from './clientRecord';
export type { ClientRecord, Reading } from './clientRecord';
export type { RecordIssue } from './recordIssue';
export { findForbiddenColumns } from './findForbiddenColumns';
export type { ForbiddenColumn, ForbiddenColumnKind } from './findForbiddenColumns';
export { normaliseRecords } from './normaliseRecords';
export type { NormaliseRecordsOptions, NormaliseRecordsResult, NormaliseRecordsStats } from './normaliseRecords';
export {
  ParseRecordsOptionsSchema,
  ParseRecordsStreamOptionsSchema,
  ParseFileOptionsSchema,
  FromDataFrameOptionsSchema,
  FlattenRecordsOptionsSchema,
  ToCsvOptionsSchema,
  ToJsonOptionsSchema,
  ToDataFrameOptionsSchema,
  WriteOutputFileOptionsSchema,
  NormaliseRecordsOptionsSchema,
} from './ioOptions';

// --- value bank (owner: socialvalue, issue 6) ---
export {
  parseValueBank,
  safeParseValueBank,
  ValueBankSchema,
  ValueBankEntrySchema,
  ValueVariantSchema,
  ValueBankRowSchema,
  VALUE_BANK_COLUMNS,
} from './valueBank';
export type { ValueBankRow, ParseValueBankOptions, SafeParseValueBankResult } from './valueBank';
