/**
 * Per-row dictionary codes in the narrowest signed typed array that fits: 1 byte a row for up to 127 distinct values,
 * widened to 2 and then 4 bytes as the values grow. Large inputs then allocate a few MB of codes instead of 4 or 8
 * bytes a row, which keeps V8 from collecting the caller's whole heap for the external memory a call allocates.
 *
 * @internal
 */

/** Codes of one column: per row, the index of its value in the column's distinct values. */
export type Codes = Int8Array | Int16Array | Int32Array;

/** `codes`, or a copy in the next wider array when `code` (127 or 32,767) does not fit its element type. */
export function roomFor(codes: Codes, code: number): Codes {
  if (code !== 127 && code !== 32767) return codes;
  const wider = code === 127 ? new Int16Array(codes.length) : new Int32Array(codes.length);
  wider.set(codes);
  return wider;
}
