import { SocialOutcomesError } from '../../src/errors';

/** JSON of what `f` returns, or `error <code>` when it throws a library error: for comparing two routes to a result. */
export function jsonOrErrorCode(f: () => unknown): string {
  try {
    return JSON.stringify(f());
  } catch (e) {
    if (e instanceof SocialOutcomesError) return `error ${e.code}`;
    throw e;
  }
}
