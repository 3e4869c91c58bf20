/**
 * The format of a unit-cost table: what one unit of a public service costs, who pays for it,
 * and in which price year, with its source. `avoidedCosts` in `social-outcomes/socialvalue`
 * values avoided demand with any table in this format.
 *
 * No general unit-cost table is bundled here. The GMCA Unit Cost Database (v3.0) was the candidate,
 * but its CC BY 4.0 licence is known only from a third-party reading of the workbook (research
 * notes, socialvalue.md §3.2 and §6, "verify"), and the only machine-readable copy found (v1.4, via
 * a third-party parse) has evident errors; so it is not shipped. Load the workbook you are licensed
 * to use into this format instead. The PSSRU *Unit Costs of Health and Social Care* figures ship
 * as their own, separately licensed subpath: `social-outcomes/data/pssru` (CC BY-NC-SA 4.0).
 *
 * @packageDocumentation
 */

/** One priced unit of a public service. */
export interface UnitCostEntry {
  /** Stable identifier, unique within its table. */
  readonly id: string;
  /** What the unit is, in the source's words. */
  readonly label: string;
  /** The unit the value is per, e.g. `'per attendance'`, `'per hour'`, `'per permanent resident week'`. */
  readonly unit: string;
  /** Cost of one unit, £, in `priceYear` prices. */
  readonly value: number;
  /** Price year of `value`: a calendar year (`'2019'`) or a UK financial year (`'2023-24'`). */
  readonly priceYear: string;
  /**
   * The agency that bears the cost (and so would save it), e.g. `'nhs'`, `'local-authority'`,
   * `'police'`, `'dwp'`, `'criminal-justice'`.
   */
  readonly agency: string;
  /** Source publication. */
  readonly source: string;
  /** Edition of the source. */
  readonly edition: string;
  /** Table or code inside the source, when it has one. */
  readonly table?: string;
  /** Licence of the figure. */
  readonly licence: string;
  /** Caveats of use (e.g. "employer cost of staff, not the commissioned price"). */
  readonly notes?: string;
}

/** A named, cited collection of unit costs. */
export interface UnitCostTable {
  /** Stable identifier of the table and its edition. */
  readonly id: string;
  /** Human-readable name, cited in every costed figure. */
  readonly name: string;
  /** The unit costs. Ids must be unique. */
  readonly entries: ReadonlyArray<UnitCostEntry>;
}
