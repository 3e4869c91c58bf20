import type { InstrumentDefinition } from './types';
import { deepFreeze, RETRIEVED, STAR_LICENCE, TEN_POINT, tenPointStages } from './_internal/shared';

/**
 * The Carers Star (Triangle): seven areas and five named stages; an alternative to the Carers
 * Wellbeing Check for carers' services.
 *
 * @remarks
 * Areas and stage names are verified; the 1–10 scale and two-point stage bands are assumed
 * (unverified). Table 3 does not map this Star; `PROPOSED_MAPPING` in
 * `social-outcomes/data/preventionFirst` holds an unsourced proposal.
 *
 * @example
 * ```ts
 * import { CARERS_STAR } from 'social-outcomes/data/instruments';
 * CARERS_STAR.areas.map((a) => a.id) //=> ['health', 'caring-role', 'managing-at-home', 'time-for-yourself', 'how-you-feel', 'finances', 'work']
 * ```
 */
export const CARERS_STAR: InstrumentDefinition = deepFreeze({
  id: 'carers-star',
  name: 'Carers Star',
  edition: 'edition not identified',
  publisher: 'Triangle Consulting Social Enterprise',
  kind: 'outcomes-star',
  scale: TEN_POINT,
  areas: [
    { id: 'health', name: 'Health' },
    { id: 'caring-role', name: 'The caring role' },
    { id: 'managing-at-home', name: 'Managing at home' },
    { id: 'time-for-yourself', name: 'Time for yourself' },
    { id: 'how-you-feel', name: 'How you feel' },
    { id: 'finances', name: 'Finances' },
    { id: 'work', name: 'Work' },
  ],
  stages: tenPointStages(['Cause for concern', 'Getting help', 'Making changes', 'Finding what works', 'As good as it can be']),
  reliability: [],
  norms: [],
  provenance: {
    sources: [
      { title: 'Outcomes Star (Australia): Carers Star page (exact path not recorded in the research notes)', url: 'https://www.outcomesstar.com.au/' },
      { title: 'Social Suite: Carers Star', url: 'https://socialsuitehq.com/product/carers-star/' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.2–1.3',
    claims: [
      { field: 'areas', verified: true, status: 'verified', source: 'outcomesstar.com.au Carers Star page; socialsuitehq.com/product/carers-star/' },
      { field: 'stages.labels', verified: true, status: 'verified', source: 'outcomesstar.com.au Carers Star page' },
      { field: 'scale', verified: false, status: 'unverified', source: 'Star family convention', note: 'not found stated for this Star' },
      { field: 'stages.bands', verified: false, status: 'unverified', source: 'follows from the assumed 1–10 scale', note: 'inference' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'none found', note: 'left empty on purpose' },
    ],
    licence: STAR_LICENCE,
  },
});
