import type { InstrumentDefinition } from './types';
import { deepFreeze, REVIEW_TABLE3, RETRIEVED, STAR_LICENCE, TEN_POINT, tenPointStages } from './_internal/shared';

/**
 * The Homelessness Star (Triangle's "Outcomes Star" version 3.x): ten areas on a 1–10 scale with
 * five journey-of-change stages of two points each.
 *
 * @remarks
 * Areas, scale and stages are verified against Triangle's pages and the Homeless Link user guide
 * (3rd ed., Nov 2013). The Birmingham review's Table 3 shortens three area names; those spellings
 * are kept as `aliases`. Triangle replaced this Star with the Home Star in 2022 ({@link HOME_STAR}).
 * No usable published reliability coefficient was found, so `reliability` is empty and a reliable
 * change index needs a user-supplied value.
 *
 * @example
 * ```ts
 * import { HOMELESSNESS_STAR } from 'social-outcomes/data/instruments';
 * HOMELESSNESS_STAR.areas.length //=> 10
 * HOMELESSNESS_STAR.stages[4] //=> { label: 'Self-reliance', min: 9, max: 10 }
 * ```
 */
export const HOMELESSNESS_STAR: InstrumentDefinition = deepFreeze({
  id: 'homelessness-star',
  name: 'Homelessness Star',
  edition: 'Outcomes Star version 3.1 (user guide 3rd edition, Nov 2013; areas as updated by Triangle in 2017)',
  publisher: 'Triangle Consulting Social Enterprise',
  kind: 'outcomes-star',
  scale: TEN_POINT,
  areas: [
    { id: 'motivation', name: 'Motivation and taking responsibility' },
    { id: 'self-care', name: 'Self-care and living skills' },
    { id: 'managing-money', name: 'Managing money and personal administration', aliases: ['Managing money & administration'] },
    { id: 'social-networks', name: 'Social networks and relationships', aliases: ['Social networks & relationships'] },
    { id: 'drug-alcohol', name: 'Drug and alcohol misuse' },
    { id: 'physical-health', name: 'Physical health', aliases: ['Physical Health'] },
    { id: 'emotional-mental-health', name: 'Emotional and mental health', aliases: ['Mental Health'] },
    { id: 'meaningful-use-of-time', name: 'Meaningful use of time' },
    { id: 'managing-tenancy', name: 'Managing tenancy and accommodation', aliases: ['Managing tenancy & accommodation'] },
    { id: 'offending', name: 'Offending' },
  ],
  stages: tenPointStages(['Stuck', 'Accepting help', 'Believing', 'Learning', 'Self-reliance']),
  reliability: [],
  norms: [],
  provenance: {
    sources: [
      { title: 'Outcomes Star (Australia): Homelessness Star page (exact path not recorded in the research notes)', url: 'https://www.outcomesstar.com.au/' },
      { title: 'Triangle: The Outcomes Stars ("We had updated the Homelessness Star in 2017")', url: 'https://www.outcomesstar.org.uk/outcomes-stars/' },
      { title: 'Triangle: The Star model of change (Ladder of Change shared by the Homelessness and Recovery Stars)', url: 'https://www.outcomesstar.org.uk/star-model-of-change/' },
      { title: 'Homeless Link: Outcomes Star User Guide, 3rd edition (Nov 2013), transcript', url: 'https://mwitty.com/content.php?id=6893618' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.1–1.4',
    claims: [
      { field: 'areas', verified: true, status: 'verified', source: 'outcomesstar.com.au Homelessness Star page; outcomesstar.org.uk/outcomes-stars/' },
      { field: 'areas.aliases', verified: true, status: 'verified', source: REVIEW_TABLE3, note: 'aliases are the review\'s own spellings, not Triangle\'s' },
      { field: 'scale', verified: true, status: 'verified', source: 'Homeless Link Outcomes Star User Guide 3rd ed. (2013): ten points per area, the last stage covering 9 and 10' },
      { field: 'stages', verified: true, status: 'verified', source: 'Homeless Link Outcomes Star User Guide 3rd ed. (2013) and outcomesstar.org.uk/star-model-of-change/: Stuck 1–2, Accepting help 3–4, Believing 5–6, Learning 7–8, Self-reliance 9–10' },
      { field: 'edition', verified: false, status: 'secondary', source: 'outcomesstar.org.uk/outcomes-stars/ and the Home Star page', note: 'Triangle calls this Star "Outcomes Star version 3.1"; the year of version 3.1 (2013 guide vs 2017 update) was not pinned down, so publishedYear is left out' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'Good et al. (c. 2021) "Psychometric validation of the Homelessness Star", J Social Distress and Homelessness (existence only)', note: 'no coefficient could be retrieved; left empty on purpose' },
    ],
    licence: STAR_LICENCE,
  },
});
