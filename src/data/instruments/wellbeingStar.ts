import type { InstrumentDefinition } from './types';
import { deepFreeze, FIVE_POINT, fivePointStages, RETRIEVED, STAR_LICENCE } from './_internal/shared';

/**
 * The Well-being Star (Triangle; people living with long-term health conditions), 2nd edition
 * (July 2018): eight areas and five stages, one point per stage on a 1–5 scale.
 *
 * @remarks
 * Areas and stage names are verified for the 2nd edition. The 1–5 scale is documented for the 1st
 * edition only ("score themselves on a scale of 1 to 5", secondary source), so the `scale` claim
 * is `verified: false`.
 *
 * @example
 * ```ts
 * import { WELLBEING_STAR } from 'social-outcomes/data/instruments';
 * WELLBEING_STAR.scale //=> { min: 1, max: 5 }
 * WELLBEING_STAR.stages[2] //=> { label: 'Making changes', min: 3, max: 3 }
 * ```
 */
export const WELLBEING_STAR: InstrumentDefinition = deepFreeze({
  id: 'wellbeing-star',
  name: 'Well-being Star',
  edition: '2nd edition (July 2018)',
  publishedYear: 2018,
  publisher: 'Triangle Consulting Social Enterprise',
  kind: 'outcomes-star',
  scale: FIVE_POINT,
  areas: [
    { id: 'lifestyle', name: 'Lifestyle' },
    { id: 'looking-after-yourself', name: 'Looking after yourself' },
    { id: 'managing-symptoms', name: 'Managing symptoms' },
    { id: 'work-volunteering', name: 'Work, volunteering and other activities' },
    { id: 'money', name: 'Money' },
    { id: 'where-you-live', name: 'Where you live' },
    { id: 'family-friends', name: 'Family and friends' },
    { id: 'feeling-positive', name: 'Feeling positive' },
  ],
  stages: fivePointStages(['Not thinking about it', 'Finding out', 'Making changes', 'Getting there', 'As good as it can be']),
  reliability: [],
  norms: [],
  provenance: {
    sources: [
      { title: 'Triangle: Well-being Star page (exact path not recorded in the research notes)', url: 'https://www.outcomesstar.org.uk/' },
      { title: 'Setting goals … The Wellbeing Star (1st edition material; doczz copy, exact path not recorded)', url: 'https://doczz.net/' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.1–1.4',
    claims: [
      { field: 'areas', verified: true, status: 'verified', source: 'outcomesstar.org.uk Well-being Star page (2nd edition)' },
      { field: 'stages.labels', verified: true, status: 'verified', source: 'outcomesstar.org.uk Well-being Star page' },
      { field: 'scale', verified: false, status: 'secondary', source: 'doczz "Setting goals … The Wellbeing Star" (1st edition: "score themselves on a scale of 1 to 5")', note: 'stated for the 1st edition only' },
      { field: 'stages.bands', verified: false, status: 'secondary', source: 'follows from the 1–5 scale (one point per stage)', note: 'inherits the scale\'s status' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'Triangle factsheet (2020): good inter-rater reliability by case-study method, no coefficient', note: 'left empty on purpose' },
    ],
    licence: STAR_LICENCE,
  },
});
