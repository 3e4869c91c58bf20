/**
 * The `io` module.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';
