import type { InstrumentDefinition } from './types';
import { deepFreeze, REVIEW_SOURCE, REVIEW_TABLE3, RETRIEVED, STAR_LICENCE, TEN_POINT } from './_internal/shared';

/**
 * The Young Person's Star (Triangle): eight areas; stages not found.
 *
 * @remarks
 * The area list comes only from a provider's web page found in a public repository (secondary
 * source, which spells one area "Practice Life Skills"); it agrees with every name in the
 * Birmingham review's Table 3. The scale is assumed 1–10 (unverified) and no journey-of-change
 * stages were found, so `stages` is empty and `journeyStage` refuses this instrument.
 *
 * @example
 * ```ts
 * import { YOUNG_PERSONS_STAR } from 'social-outcomes/data/instruments';
 * YOUNG_PERSONS_STAR.areas.length //=> 8
 * YOUNG_PERSONS_STAR.stages.length //=> 0
 * ```
 */
export const YOUNG_PERSONS_STAR: InstrumentDefinition = deepFreeze({
  id: 'young-persons-star',
  name: "Young Person's Star",
  edition: 'edition not identified (areas as listed by a provider in 2015–2020)',
  publisher: 'Triangle Consulting Social Enterprise',
  kind: 'outcomes-star',
  scale: TEN_POINT,
  areas: [
    { id: 'accommodation', name: 'Accommodation' },
    { id: 'work-learning', name: 'Work & learning' },
    { id: 'people-support', name: 'People & support' },
    { id: 'health', name: 'Health' },
    { id: 'how-you-feel', name: 'How you feel' },
    { id: 'choices-behaviour', name: 'Choices & behaviour' },
    { id: 'money-rent', name: 'Money & rent' },
    { id: 'practical-life-skills', name: 'Practical life skills', aliases: ['Practice Life Skills'] },
  ],
  stages: [],
  reliability: [],
  norms: [],
  provenance: {
    sources: [
      { title: 'Triangle slide deck (2015) naming the "Young Person\'s Star™" (vdocuments.us copy; exact path not recorded)', url: 'https://vdocuments.us/' },
      REVIEW_SOURCE,
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.2–1.3',
    claims: [
      { field: 'existence', verified: true, status: 'verified', source: 'Triangle slide deck 2015 "Young Person\'s Star™"' },
      { field: 'areas', verified: false, status: 'secondary', source: 'a provider web page in a public repository ("The Young Person\'s Star — 8 areas of focus")', note: 'Triangle\'s own page was not in the corpus; the five names used in Table 3 agree with it (' + REVIEW_TABLE3 + ')' },
      { field: 'scale', verified: false, status: 'unverified', source: 'Star family convention', note: 'no source states the scale of this Star' },
      { field: 'stages', verified: false, status: 'not-found', source: 'none found', note: 'stages left empty' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'none found', note: 'left empty on purpose' },
    ],
    licence: STAR_LICENCE,
  },
});
