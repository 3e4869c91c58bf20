import type { InstrumentDefinition } from './types';
import { deepFreeze, RETRIEVED, STAR_LICENCE, TEN_POINT, tenPointStages } from './_internal/shared';

/**
 * The Mental Health Recovery Star (Mental Health Providers Forum and Triangle, 2nd edition):
 * ten areas on the 1–10 Ladder of Change shared with the Homelessness Star.
 *
 * @remarks
 * Killaspy et al. (2012) found good test–retest but inadequate inter-rater reliability and no
 * coefficient was retrieved, so `reliability` is empty: an RCI needs a user-supplied value.
 *
 * @example
 * ```ts
 * import { RECOVERY_STAR } from 'social-outcomes/data/instruments';
 * RECOVERY_STAR.stages.map((s) => s.label) //=> ['Stuck', 'Accepting help', 'Believing', 'Learning', 'Self-reliance']
 * ```
 */
export const RECOVERY_STAR: InstrumentDefinition = deepFreeze({
  id: 'recovery-star',
  name: 'Recovery Star',
  edition: '2nd edition (2011; Mental Health Providers Forum copyright 2010)',
  publishedYear: 2011,
  publisher: 'Mental Health Providers Forum and Triangle Consulting Social Enterprise',
  kind: 'outcomes-star',
  scale: TEN_POINT,
  areas: [
    { id: 'managing-mental-health', name: 'Managing mental health' },
    { id: 'physical-health-self-care', name: 'Physical health and self-care' },
    { id: 'living-skills', name: 'Living skills' },
    { id: 'social-networks', name: 'Social networks' },
    { id: 'work', name: 'Work' },
    { id: 'relationships', name: 'Relationships' },
    { id: 'addictive-behaviour', name: 'Addictive behaviour' },
    { id: 'responsibilities', name: 'Responsibilities' },
    { id: 'identity-self-esteem', name: 'Identity and self-esteem' },
    { id: 'trust-hope', name: 'Trust and hope' },
  ],
  stages: tenPointStages(['Stuck', 'Accepting help', 'Believing', 'Learning', 'Self-reliance']),
  reliability: [],
  norms: [],
  provenance: {
    sources: [
      { title: 'Recovery Star areas (MHPF, copyright 2010), Australian licensee copy', url: 'https://recovery.awh.org.au/' },
      { title: 'Triangle: The Star model of change ("The Ladder of Change … used in the Homelessness Star and Mental Health Recovery Star")', url: 'https://www.outcomesstar.org.uk/star-model-of-change/' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.1–1.4',
    claims: [
      { field: 'areas', verified: true, status: 'verified', source: 'recovery.awh.org.au (MHPF copyright 2010)' },
      { field: 'scale', verified: true, status: 'verified', source: 'outcomesstar.org.uk/star-model-of-change/: same Ladder of Change as the Homelessness Star (1–10)' },
      { field: 'stages', verified: true, status: 'verified', source: 'outcomesstar.org.uk/star-model-of-change/' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'Killaspy H et al. (2012) BJPsych 201:65–70 (abstract: good test–retest, inadequate inter-rater reliability); Dickens G et al. (2012) The Psychiatrist 36:45 (high internal consistency)', note: 'no coefficient retrieved; left empty on purpose' },
    ],
    licence: STAR_LICENCE,
  },
});
