import type { CitizenOutcome, PreventionFirstArea, PrimaryOutcome, PrimaryOutcomeId } from './types';
import { deepFreeze } from '../instruments/_internal/shared';

/**
 * The six citizen-level outcomes of the Prevention First framework (review section 7.3.1).
 *
 * @example
 * ```ts
 * import { CITIZEN_OUTCOMES } from 'social-outcomes/data/preventionFirst';
 * CITIZEN_OUTCOMES.length //=> 6
 * CITIZEN_OUTCOMES[2]?.name //=> 'Maximised income'
 * ```
 */
export const CITIZEN_OUTCOMES: ReadonlyArray<CitizenOutcome> = deepFreeze([
  { id: 'increased-social-participation', name: 'Increased social participation' },
  { id: 'healthier-lifestyles', name: 'Healthier lifestyles' },
  { id: 'maximised-income', name: 'Maximised income' },
  { id: 'housing-supports-independence', name: 'Housing which supports independence' },
  { id: 'carers-more-supported', name: 'Carers feeling more supported' },
  { id: 'better-care-experience', name: 'Better experience of the social care and health system' },
]);

/**
 * The four areas of the Prevention First Outcomes Framework with the outcomes the review lists
 * under each (review section 7 and 7.3.1–7.3.4).
 *
 * @example
 * ```ts
 * import { PREVENTION_FIRST_AREAS } from 'social-outcomes/data/preventionFirst';
 * PREVENTION_FIRST_AREAS.map((a) => a.name) //=> ['Citizens', 'Communities', 'Behaviour and Culture', 'Finance, funding and demand']
 * ```
 */
export const PREVENTION_FIRST_AREAS: ReadonlyArray<PreventionFirstArea> = deepFreeze([
  {
    id: 'citizens',
    name: 'Citizens',
    reviewName: 'Citizen level outcomes',
    outcomes: CITIZEN_OUTCOMES,
    reporting: 'individual level data, reported annually',
    source: { section: '7.3.1', lines: [732, 741] },
  },
  {
    id: 'communities',
    name: 'Communities',
    reviewName: 'Communities',
    outcomes: [
      { id: 'community-assets', name: 'Relevant, diverse and accessible community assets and activities' },
      { id: 'active-citizens', name: 'Relevant, diverse and accessible opportunities for active citizens and volunteering' },
    ],
    reporting: 'reported annually (predominantly by NNS and P&C)',
    source: { section: '7.3.2', lines: [759, 764] },
  },
  {
    id: 'behaviour-and-culture',
    name: 'Behaviour and Culture',
    reviewName: 'Behaviour and culture across the sector',
    outcomes: [
      { id: 'partnership-working', name: 'Better cross-sector partnership working between the statutory, voluntary, community and social enterprise sectors' },
      { id: 'strengths-culture', name: 'Embed a culture which focuses on and supports the strengths, assets and positive outcomes for citizens' },
    ],
    reporting: 'reported by providers annually',
    source: { section: '7.3.3', lines: [772, 777] },
  },
  {
    id: 'finance-funding-and-demand',
    name: 'Finance, funding and demand',
    reviewName: 'Finance, funding and demand',
    outcomes: [
      { id: 'reduced-demand', name: 'Reduced demand on statutory services' },
      { id: 'financial-savings', name: 'Financial savings' },
      { id: 'additional-investment', name: 'Additional investment from outside BCC and NHS' },
      { id: 'workforce-experience', name: 'A better experience for the social care and health workforce' },
    ],
    reporting: 'sourced and analysed by BCC annually',
    source: { section: '7.3.4', lines: [788, 795] },
  },
]);

/**
 * The primary outcomes: the rows of the review's Table 3, in Table 3 order.
 *
 * @remarks
 * The first four are the "four core outcomes" every provider should cover; "Carers feeling
 * supported" applies "if relevant" (review 7.3.1, line 745). Each row is linked to the citizen
 * outcome of matching name; the review does not state that link (`citizenOutcomeVerified: false`).
 *
 * @example
 * ```ts
 * import { PRIMARY_OUTCOMES } from 'social-outcomes/data/preventionFirst';
 * PRIMARY_OUTCOMES.map((o) => o.name) //=> ['Economic Well-Being', 'Health and Well-Being', 'Social Participation', 'Independence in Housing', 'Carers feeling supported']
 * ```
 */
export const PRIMARY_OUTCOMES: ReadonlyArray<PrimaryOutcome> = deepFreeze([
  { id: 'economic-well-being', name: 'Economic Well-Being', aliases: ['Economic Wellbeing'], citizenOutcomeId: 'maximised-income', citizenOutcomeVerified: false, core: true },
  { id: 'health-and-well-being', name: 'Health and Well-Being', aliases: ['Health & Wellbeing'], citizenOutcomeId: 'healthier-lifestyles', citizenOutcomeVerified: false, core: true },
  { id: 'social-participation', name: 'Social Participation', aliases: [], citizenOutcomeId: 'increased-social-participation', citizenOutcomeVerified: false, core: true },
  { id: 'independence-in-housing', name: 'Independence in Housing', aliases: [], citizenOutcomeId: 'housing-supports-independence', citizenOutcomeVerified: false, core: true },
  { id: 'carers-feeling-supported', name: 'Carers feeling supported', aliases: [], citizenOutcomeId: 'carers-more-supported', citizenOutcomeVerified: false, core: false },
]);

/**
 * Ids of the primary outcomes, in Table 3 order.
 *
 * @example
 * ```ts
 * import { PRIMARY_OUTCOME_IDS } from 'social-outcomes/data/preventionFirst';
 * PRIMARY_OUTCOME_IDS.length //=> 5
 * ```
 */
export const PRIMARY_OUTCOME_IDS: ReadonlyArray<PrimaryOutcomeId> = Object.freeze(PRIMARY_OUTCOMES.map((o) => o.id));
