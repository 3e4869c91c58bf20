/**
 * The library version written into report metadata (kept equal to package.json by a test).
 *
 * @packageDocumentation
 */

/** The `social-outcomes` version. */
export const LIBRARY_VERSION = '0.1.0';
