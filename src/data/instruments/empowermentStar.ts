import type { InstrumentDefinition } from './types';
import { deepFreeze, REVIEW_TABLE3, RETRIEVED, STAR_LICENCE, TEN_POINT, tenPointStages } from './_internal/shared';

/**
 * The Empowerment Star (Triangle with Eaves, 2011; for women affected by domestic violence):
 * nine areas and five named journey-of-change stages.
 *
 * @remarks
 * Area and stage names are verified. The 1–10 scale (and so the two-point stage bands) is the
 * Star family's usual layout but was not confirmed for this Star: the `scale` and `stages.bands`
 * claims are `verified: false`. Pass your own `scale` (e.g. `mapToPrimaryOutcomes(…, { scale })`)
 * if your licensed copy differs. Triangle put the Star under review in 2023.
 *
 * @example
 * ```ts
 * import { EMPOWERMENT_STAR } from 'social-outcomes/data/instruments';
 * EMPOWERMENT_STAR.areas.map((a) => a.id).includes('support-networks') //=> true
 * EMPOWERMENT_STAR.provenance.claims.find((c) => c.field === 'scale')?.verified //=> false
 * ```
 */
export const EMPOWERMENT_STAR: InstrumentDefinition = deepFreeze({
  id: 'empowerment-star',
  name: 'Empowerment Star',
  edition: '1st edition (2011, developed with Eaves)',
  publishedYear: 2011,
  publisher: 'Triangle Consulting Social Enterprise (with Eaves)',
  kind: 'outcomes-star',
  scale: TEN_POINT,
  areas: [
    { id: 'safety', name: 'Safety' },
    { id: 'accommodation', name: 'Accommodation' },
    { id: 'support-networks', name: 'Support networks' },
    { id: 'legal-issues', name: 'Legal issues' },
    { id: 'health-wellbeing', name: 'Health and well-being', aliases: ['Health & wellbeing'] },
    { id: 'money', name: 'Money' },
    { id: 'children', name: 'Children' },
    { id: 'work-learning', name: 'Work and learning', aliases: ['Work & learning'] },
    { id: 'empowerment-self-esteem', name: 'Empowerment and self-esteem' },
  ],
  stages: tenPointStages(['Not ready for help', 'Accepting help', 'Believing', 'Learning and rebuilding', 'Independence & choice']),
  reliability: [],
  norms: [],
  provenance: {
    sources: [
      { title: 'Outcomes Star (Australia): Empowerment Star page (exact path not recorded in the research notes)', url: 'https://www.outcomesstar.com.au/' },
      { title: 'Triangle: Domestic violence Stars (review of the Empowerment Star, 2023)', url: 'https://www.outcomesstar.org.uk/outcomes-stars/domestic-violence/' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.2–1.3',
    claims: [
      { field: 'areas', verified: true, status: 'verified', source: 'outcomesstar.com.au Empowerment Star page' },
      { field: 'areas.aliases', verified: true, status: 'verified', source: REVIEW_TABLE3, note: 'aliases are the review\'s own spellings, not Triangle\'s' },
      { field: 'stages.labels', verified: true, status: 'verified', source: 'outcomesstar.com.au Empowerment Star page' },
      { field: 'scale', verified: false, status: 'unverified', source: 'Star family convention (Homelessness and Recovery Stars are 1–10)', note: 'the 1–10 scale was not found stated for this Star; some Stars use 1–5' },
      { field: 'stages.bands', verified: false, status: 'unverified', source: 'follows from the assumed 1–10 scale (two points per stage)', note: 'bands are an inference from the unverified scale' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'no psychometric study of this Star was found', note: 'left empty on purpose' },
    ],
    licence: STAR_LICENCE,
  },
});
