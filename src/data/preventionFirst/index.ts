/**
 * Birmingham City Council's Prevention First framework as data: its four areas, the six citizen
 * outcomes, the primary outcomes of the review's Table 3, and Table 3 itself as a mapping from
 * instrument areas to primary outcomes.
 *
 * Data licence: facts restated from Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (2022)
 * *Birmingham City Council's Adult Social Care Prevention Portfolio – Review of the Performance
 * Evaluation Framework* (final report, January 2022); area ids are this library's. The code is MIT.
 *
 * @packageDocumentation
 */
import { deepFreeze } from '../instruments/_internal/shared';

export type {
  CitizenOutcome,
  CitizenOutcomeId,
  FrameworkOutcome,
  PreventionFirstArea,
  PreventionFirstAreaId,
  PrimaryOutcome,
  PrimaryOutcomeId,
  PrimaryOutcomeMapping,
  ReviewLocation,
  Table3Cell,
  Table3Column,
} from './types';
export { CITIZEN_OUTCOMES, PREVENTION_FIRST_AREAS, PRIMARY_OUTCOMES, PRIMARY_OUTCOME_IDS } from './framework';
export { PROPOSED_MAPPING, TABLE3_CELLS, TABLE3_COLUMNS, TABLE3_MAPPING } from './table3';

/** Provenance of the framework data (STYLE rule 20). */
export interface PreventionFirstProvenance {
  /** The publication. */
  readonly source: string;
  /** Where the project's copy is held (no public address was recorded). */
  readonly location: string;
  /** Edition (date) of the publication. */
  readonly edition: string;
  /** ISO date on which the text was read. */
  readonly retrieved: string;
  /** Licence of the data (not of the code). */
  readonly licence: string;
  /** Every change made to the published content. */
  readonly transformations: ReadonlyArray<string>;
  /** Known errors and corrections. */
  readonly errata: ReadonlyArray<string>;
}

/**
 * Provenance of the Prevention First data.
 *
 * @example
 * ```ts
 * import { preventionFirstProvenance } from 'social-outcomes/data/preventionFirst';
 * preventionFirstProvenance.edition //=> 'final report, January 2022'
 * ```
 */
export const preventionFirstProvenance: PreventionFirstProvenance = deepFreeze({
  source:
    "Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (2022) Birmingham City Council's Adult Social Care Prevention " +
    'Portfolio – Review of the Performance Evaluation Framework; sections 7, 7.3.1–7.3.4 and Table 3',
  location: 'shared/context/birmingham-prevention-framework-review-2022.txt (project copy)',
  edition: 'final report, January 2022',
  retrieved: '2026-11-22',
  licence: 'Facts restated from a council-commissioned report; no text is reproduced beyond names and short labels.',
  transformations: [
    'ids assigned by this library',
    'full stops removed from the end of listed outcomes',
    'Table 3 cells holding two areas on one line ("Physical Health Mental Health") split into two areas',
    'the link between each Table 3 row and a citizen outcome is our reading of matching names (not stated by the review)',
  ],
  errata: [],
});
