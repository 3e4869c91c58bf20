/**
 * Every error code the library can raise. Codes are stable API: tools may branch on them.
 *
 * @remarks
 * Input problems (class {@link InvalidInputError}):
 * `not-an-array`, `empty-input`, `non-finite`, `not-a-number`, `not-an-integer`, `out-of-range`,
 * `length-mismatch`, `invalid-option`, `unknown-option` (an options key the function does not know, usually a typo),
 * `invalid-type`, `unknown-category`, `unknown-field`,
 * `duplicate`, `invalid-date`, `out-of-order`, `forbidden-column`, `invalid-record`, `invalid-format`,
 * `missing-field` (a required column or field is absent), `inconsistent-total` (a given total differs from the
 * sum of its parts).
 *
 * Too little information to compute a figure (class {@link InsufficientDataError}):
 * `too-few-observations`, `zero-variance`, `no-pairs`, `empty-group`.
 *
 * Reference tables (class {@link ReferenceDataError}):
 * `unknown-reference`, `missing-reference`, `invalid-reference`, `unknown-area`, `unknown-instrument`,
 * `unknown-area-id`, `missing-deflator`, `no-reliability`, `licence`.
 *
 * Optional peers and environment (class {@link SocialOutcomesError}): `missing-peer`, `io-failure`.
 */
export type ErrorCode =
  | 'not-an-array'
  | 'empty-input'
  | 'non-finite'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'length-mismatch'
  | 'invalid-option'
  | 'unknown-option'
  | 'invalid-type'
  | 'unknown-category'
  | 'unknown-field'
  | 'duplicate'
  | 'invalid-date'
  | 'out-of-order'
  | 'forbidden-column'
  | 'invalid-record'
  | 'invalid-format'
  | 'missing-field'
  | 'inconsistent-total'
  | 'too-few-observations'
  | 'zero-variance'
  | 'no-pairs'
  | 'empty-group'
  | 'unknown-reference'
  | 'missing-reference'
  | 'invalid-reference'
  | 'unknown-area'
  | 'unknown-instrument'
  | 'unknown-area-id'
  | 'missing-deflator'
  | 'no-reliability'
  | 'licence'
  | 'missing-peer'
  | 'io-failure';
