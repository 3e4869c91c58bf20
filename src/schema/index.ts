/**
 * The `schema` module.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';
