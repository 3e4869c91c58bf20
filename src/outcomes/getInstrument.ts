import type { InstrumentDefinition, InstrumentRegistry } from '../data/instruments';
import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { optionsObject } from '../_internal/validate';
import { checkRegistry, resolveInstrument } from './_internal/instruments';

/** Options of {@link getInstrument}. */
export interface GetInstrumentOptions {
  /**
   * Instrument definitions of your own, keyed by id; they take precedence over the bundled ones.
   * @defaultValue the bundled registry (`social-outcomes/data/instruments`)
   */
  readonly instruments?: InstrumentRegistry;
}

/**
 * Looks an instrument definition up by id, in your registry first and then in the bundled one.
 *
 * @remarks
 * The bundled definitions and their provenance are in `social-outcomes/data/instruments`
 * (research notes: measures.md §1–2). A user definition passed in `options.instruments` is checked
 * (unique area ids, a coherent scale, ordered non-overlapping stages) before it is returned.
 *
 * **Formula**
 * ```tex
 * \text{definition} = \text{registry}[\mathit{id}] \text{ if present, else } \text{INSTRUMENTS}[\mathit{id}]
 * ```
 *
 * **References** Triangle Consulting Social Enterprise, Outcomes Star pages; Warwick Medical School,
 * WEMWBS guidance; ONS personal well-being harmonised standard (see each definition's provenance).
 *
 * @param id - instrument id, e.g. `homelessness-star`, `swemwbs`
 * @param options - a registry of your own definitions
 * @returns the instrument definition
 * @throws {ReferenceDataError} when no definition has that id, or a user definition is malformed
 * @throws {InvalidInputError} when `options.instruments` is not an object
 * @example
 * ```ts
 * import { getInstrument } from 'social-outcomes/outcomes';
 * getInstrument('recovery-star').areas.length //=> 10
 * getInstrument('outcome-star-v9') //=> throws ReferenceDataError
 * ```
 */
export function getInstrument(id: string, options?: GetInstrumentOptions): InstrumentDefinition {
  const o = optionsObject('getInstrument', options, ['instruments']);
  const registry = checkRegistry('getInstrument', o.instruments);
  if (typeof id !== 'string') {
    throw new InvalidInputError({ code: 'invalid-type', message: `getInstrument requires id to be a string (got ${describeValue(id)})`, path: ['id'] });
  }
  return resolveInstrument('getInstrument', id, registry, ['id']);
}
