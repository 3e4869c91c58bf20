// Item scoring shared by scoreWemwbs and scoreSwemwbs.
import type { InstrumentDefinition } from '../../data/instruments';
import { InsufficientDataError, InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { integerInRange, oneOf, optionsObject } from '../../_internal/validate';

/** Missing-item policies. */
export type MissingPolicy = 'none' | 'prorate-person-mean';

/** Options shared by the (S)WEMWBS scorers. */
export interface ItemScoringOptions {
  readonly missing?: MissingPolicy;
  readonly maxMissing?: number;
}

/** What the scorers return before instrument-specific additions. */
export interface ItemTotals {
  readonly raw: number;
  readonly rawUnrounded: number;
  readonly nItems: number;
  readonly nAnswered: number;
  readonly nMissing: number;
  readonly missingItems: number[];
  readonly prorated: boolean;
  readonly missing: MissingPolicy;
}

/** Sums item responses, applying the missing-item policy. */
export function scoreItems(fn: string, instrument: InstrumentDefinition, items: unknown, options: ItemScoringOptions | undefined): ItemTotals {
  const spec = instrument.items;
  if (spec === undefined) throw new Error(`${fn}: ${instrument.id} has no items`);
  const o = optionsObject(fn, options, ['missing', 'maxMissing']);
  const missing = oneOf(fn, 'missing', o.missing === undefined ? 'none' : o.missing, ['none', 'prorate-person-mean']);
  const cap = Math.floor(spec.count / 2);
  let maxMissing = 0;
  if (missing === 'prorate-person-mean') {
    if (o.maxMissing === undefined) {
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${fn} requires options.maxMissing with missing 'prorate-person-mean': no published rule for missing ${instrument.id} items was found, so state how many you accept (0–${cap})`,
        path: ['options', 'maxMissing'],
      });
    }
    maxMissing = integerInRange(fn, 'maxMissing', o.maxMissing, { min: 0, max: cap }, ['options', 'maxMissing']);
  } else if (o.maxMissing !== undefined) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} accepts options.maxMissing only with missing 'prorate-person-mean' (got missing ${describeValue(missing)})`, path: ['options', 'maxMissing'] });
  }
  if (!Array.isArray(items)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires items to be an array of ${spec.count} responses in the official item order (got ${describeValue(items)})`, path: ['items'] });
  }
  if (items.length !== spec.count) {
    throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires exactly ${spec.count} item responses (got ${items.length})`, path: ['items'] });
  }
  let sum = 0;
  const missingItems: number[] = [];
  for (let i = 0; i < spec.count; i++) {
    const v: unknown = i in items ? items[i] : undefined;
    if (v === null || v === undefined) {
      missingItems.push(i + 1);
      continue;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < spec.responseMin || v > spec.responseMax) {
      throw new InvalidInputError({
        code: typeof v !== 'number' || Number.isNaN(v) ? 'not-a-number' : !Number.isFinite(v) ? 'non-finite' : !Number.isInteger(v) ? 'not-an-integer' : 'out-of-range',
        message: `${fn} requires item ${i + 1} to be an integer from ${spec.responseMin} to ${spec.responseMax}, or null when missing (got ${describeValue(v)})`,
        path: ['items', i],
      });
    }
    sum += v;
  }
  const nMissing = missingItems.length;
  const nAnswered = spec.count - nMissing;
  if (nMissing > maxMissing) {
    throw new InsufficientDataError({
      code: 'too-few-observations',
      message:
        missing === 'none'
          ? `${fn} requires every item to be answered (item ${missingItems.join(', ')} missing; use missing 'prorate-person-mean' with maxMissing to accept gaps)`
          : `${fn} accepts at most ${maxMissing} missing items (got ${nMissing}: item ${missingItems.join(', ')})`,
      path: ['items', (missingItems[0] as number) - 1],
    });
  }
  const rawUnrounded = nMissing === 0 ? sum : (sum / nAnswered) * spec.count;
  // Round half up to the nearest whole raw score (all values are positive).
  const raw = nMissing === 0 ? sum : Math.floor(rawUnrounded + 0.5);
  return { raw, rawUnrounded, nItems: spec.count, nAnswered, nMissing, missingItems, prorated: nMissing > 0, missing };
}
