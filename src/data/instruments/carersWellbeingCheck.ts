import type { InstrumentDefinition } from './types';
import { deepFreeze, REVIEW_SOURCE, REVIEW_TABLE3, RETRIEVED } from './_internal/shared';

/**
 * The Carers Wellbeing Check as named in the Birmingham review's Table 3: a local tool with no
 * public source, so its scale is unknown (`scale: null`) and must be supplied by the user.
 *
 * @remarks
 * The review itself says "the Carers Wellbeing Check is not an Outcomes Star per se" (section
 * 7.3.1) and describes the carers provider's wellbeing assessment as covering nine domains
 * (section 4.2). Only the seven areas named in Table 3 are known, with Table 3's wording; the other
 * two, the scale, its direction and any stages are not public. Functions that need the scale
 * (`mapToPrimaryOutcomes`, `pairReadings`) throw a `ReferenceDataError` asking for it unless the
 * caller supplies one (`options.scale`, or an instrument definition of their own with the areas of
 * their copy of the tool).
 *
 * @example
 * ```ts
 * import { CARERS_WELLBEING_CHECK } from 'social-outcomes/data/instruments';
 * CARERS_WELLBEING_CHECK.scale //=> null
 * CARERS_WELLBEING_CHECK.kind //=> 'local'
 * ```
 */
export const CARERS_WELLBEING_CHECK: InstrumentDefinition = deepFreeze({
  id: 'carers-wellbeing-check',
  name: 'Carers Wellbeing Check',
  edition: 'as named in the Birmingham review (2022), Table 3',
  publisher: 'unknown (local tool of the Birmingham carers provider; not an Outcomes Star)',
  kind: 'local',
  scale: null,
  areas: [
    { id: 'financial-situation', name: 'Financial situation' },
    { id: 'work-education-training', name: 'Work, education & training' },
    { id: 'health-wellbeing', name: 'Health & wellbeing' },
    { id: 'relationships', name: 'Relationships' },
    { id: 'home', name: 'Home' },
    { id: 'time-out', name: 'Time out' },
    { id: 'other-caring-commitments', name: 'Other caring commitments' },
  ],
  stages: [],
  reliability: [],
  norms: [],
  provenance: {
    sources: [REVIEW_SOURCE],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §1.2–1.3 ("Carers Wellbeing Check")',
    claims: [
      { field: 'areas', verified: false, status: 'secondary', source: REVIEW_TABLE3, note: 'only the seven areas Table 3 names; the review mentions nine domains (section 4.2), two of which are unknown; no public description of the tool was found in any corpus' },
      { field: 'scale', verified: false, status: 'not-found', source: 'no public source', note: 'the user must supply the scale (min, max, step, direction); the library does not guess' },
      { field: 'stages', verified: false, status: 'not-found', source: 'no public source', note: 'left empty' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'no public source', note: 'left empty' },
    ],
    licence: 'Unknown: the tool\'s owner and terms are not public. This definition holds only the area names printed in the review\'s Table 3.',
  },
});
