export type { ErrorCode } from './codes';
export {
  SocialOutcomesError,
  InvalidInputError,
  InsufficientDataError,
  ReferenceDataError,
  formatErrorPath,
} from './SocialOutcomesError';
export type { ErrorPath, SocialOutcomesErrorOptions, SocialOutcomesErrorJSON } from './SocialOutcomesError';
