import type { ErrorCode } from './codes';

/** A location inside the input: property names and array indices, outermost first. */
export type ErrorPath = ReadonlyArray<string | number>;

/** Options accepted by every error class of the library. */
export interface SocialOutcomesErrorOptions {
  /** Machine-readable code; see {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** Lower-case message without a final period, naming the function and the field and echoing the value. */
  readonly message: string;
  /** Where in the input the problem is, e.g. `['pre', 3]`. */
  readonly path?: ErrorPath;
  /** 1-based data row of a record file (header excluded), when the problem belongs to a record. */
  readonly row?: number;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/** The plain-object form of an error, as returned by `toJSON()` and written into reports. */
export interface SocialOutcomesErrorJSON {
  /** Class name, e.g. `InvalidInputError`. */
  readonly name: string;
  /** Machine-readable code. */
  readonly code: ErrorCode;
  /** Full message, including the formatted path. */
  readonly message: string;
  /** Where in the input the problem is. */
  readonly path: Array<string | number>;
  /** 1-based data row, when known. */
  readonly row?: number;
}

/**
 * Formats a path as it would be written in JavaScript: `readings[3].post`.
 *
 * @param path - property names and indices, outermost first
 * @returns the path in dotted/bracket notation, or an empty string for an empty path
 * @example
 * ```ts
 * import { formatErrorPath } from 'social-outcomes';
 * formatErrorPath(['readings', 3, 'post']) //=> 'readings[3].post'
 * ```
 */
export function formatErrorPath(path: ErrorPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Base class of every error the library throws.
 *
 * @remarks
 * Branch on `code` (a stable literal) rather than on the message. `path` locates the bad value,
 * `row` the record (1-based, header excluded) when the error comes from a record file.
 *
 * @example
 * ```ts
 * import { SocialOutcomesError } from 'social-outcomes';
 * const e = new SocialOutcomesError({ code: 'invalid-option', message: 'f requires a number', path: ['options', 'x'] });
 * e.message //=> 'f requires a number → at options.x'
 * ```
 */
export class SocialOutcomesError extends Error {
  /** Machine-readable code. */
  readonly code: ErrorCode;
  /** Where in the input the problem is, outermost first. */
  readonly path: Array<string | number>;
  /** 1-based data row of a record file, when known. */
  readonly row?: number;

  constructor(options: SocialOutcomesErrorOptions) {
    const path = [...(options.path ?? [])];
    super(SocialOutcomesError.messageOf(options), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.path = path;
    if (options.row !== undefined) this.row = options.row;
  }

  /**
   * The message an error built from `options` carries: the message, then the formatted path and the row when
   * given. For code that reports a problem as an outcome instead of throwing it, without constructing an error
   * (whose stack capture is costly).
   *
   * @internal
   */
  static messageOf(options: Pick<SocialOutcomesErrorOptions, 'message' | 'path' | 'row'>): string {
    const path = options.path ?? [];
    const where = path.length > 0 ? ` → at ${formatErrorPath(path)}` : '';
    const rowText = options.row !== undefined ? ` (row ${options.row})` : '';
    return `${options.message}${where}${rowText}`;
  }

  /**
   * Returns the error as a plain JSON-serialisable object.
   *
   * @returns name, code, message, path and row
   */
  toJSON(): SocialOutcomesErrorJSON {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      path: [...this.path],
      ...(this.row !== undefined ? { row: this.row } : {}),
    };
  }
}

/**
 * The input is malformed: wrong type, non-finite number, value out of range, lengths that differ,
 * an unknown category or option.
 *
 * @example
 * ```ts
 * import { InvalidInputError, SocialOutcomesError } from 'social-outcomes';
 * new InvalidInputError({ code: 'non-finite', message: 'x' }) instanceof SocialOutcomesError //=> true
 * ```
 */
export class InvalidInputError extends SocialOutcomesError {}

/**
 * The input is well-formed but holds too little information for the figure asked for
 * (fewer observations than the method needs, zero variance, an empty group).
 *
 * @example
 * ```ts
 * import { InsufficientDataError } from 'social-outcomes';
 * new InsufficientDataError({ code: 'too-few-observations', message: 'f requires n >= 2 (got 1)' }).code //=> 'too-few-observations'
 * ```
 */
export class InsufficientDataError extends SocialOutcomesError {}

/**
 * A reference table (census baseline, instrument, value bank, unit costs, deflators) is missing,
 * malformed, or lacks the entry asked for.
 *
 * @example
 * ```ts
 * import { ReferenceDataError } from 'social-outcomes';
 * new ReferenceDataError({ code: 'unknown-area', message: 'baseline has no area E99999999' }).name //=> 'ReferenceDataError'
 * ```
 */
export class ReferenceDataError extends SocialOutcomesError {}
