import type { InstrumentDefinition } from './types';
import { deepFreeze, RETRIEVED, STAR_LICENCE, TEN_POINT } from './_internal/shared';

/**
 * The Home Star (Triangle, 2022), successor of the Homelessness Star: ten renamed areas.
 *
 * @remarks
 * Areas are verified against Triangle's Home Star page. The scale is assumed 1–10 (unverified) and
 * no stages were found. Table 3 of the Birmingham review predates the Home Star and does not map
 * it; `PROPOSED_MAPPING` in `social-outcomes/data/preventionFirst` holds an unsourced proposal that
 * a user may opt in to.
 *
 * @example
 * ```ts
 * import { HOME_STAR } from 'social-outcomes/data/instruments';
 * HOME_STAR.areas[0] //=> { id: 'where-i-am-living', name: 'Where I am living' }
 * HOME_STAR.publishedYear //=> 2022
 * ```
 */
export const HOME_STAR: InstrumentDefinition = deepFreeze({
  id: 'home-star',
  name: 'Home Star',
  edition: '1st edition (2022; replaces the Homelessness Star)',
  publishedYear: 2022,
  publisher: 'Triangle Consulting Social Enterprise',
  kind: 'outcomes-star',
  scale: TEN_POINT,
  areas: [
    { id: 'where-i-am-living', name: 'Where I am living' },
    { id: 'caring-for-myself', name: 'Caring for myself & my space' },
    { id: 'my-money', name: 'My money' },
    { id: 'friends-relationships', name: 'Friends and relationships' },
    { id: 'my-health', name: 'My health' },
    { id: 'my-wellbeing', name: 'My well-being' },
    { id: 'how-i-spend-my-time', name: 'How I spend my time' },
    { id: 'alcohol-drugs', name: 'Alcohol and drugs' },
    { id: 'safety-crime', name: 'Safety and crime' },
    { id: 'trust-hope', name: 'Trust and hope' },
  ],
  stages: [],
  reliability: [],
  norms: [],
  provenance: {
    sources: [{ title: 'Triangle: Home Star', url: 'https://www.outcomesstar.org.uk/using-the-star/see-the-stars/home-star' }],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.2–1.3',
    claims: [
      { field: 'areas', verified: true, status: 'verified', source: 'outcomesstar.org.uk/using-the-star/see-the-stars/home-star' },
      { field: 'scale', verified: false, status: 'unverified', source: 'Star family convention (the Homelessness Star it replaces is 1–10)', note: 'not found stated for the Home Star' },
      { field: 'stages', verified: false, status: 'not-found', source: 'none found', note: 'stages left empty' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'none found', note: 'left empty on purpose' },
    ],
    licence: STAR_LICENCE,
  },
});
