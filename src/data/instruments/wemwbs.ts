import type { InstrumentDefinition } from './types';
import { deepFreeze, RETRIEVED } from './_internal/shared';

/** Licence note shared by WEMWBS and SWEMWBS. */
export const WEMWBS_LICENCE =
  '© NHS Health Scotland, University of Warwick and University of Edinburgh. Free to use, but users must ask for ' +
  'permission by registering with Warwick Medical School before use, and must show the copyright line on any copy ' +
  '(corc.uk.net SWEMWBS page). This definition holds item ids, counts and scoring only — no item wording.';

/**
 * The Warwick–Edinburgh Mental Wellbeing Scale (WEMWBS): 14 items scored 1–5, total 14–70.
 *
 * @remarks
 * Scoring (sum of 14 items) is verified against Warwick's guidance; reliability from Tennant et
 * al. (2007); norms from the Health Survey for England and the Scottish Health Survey. Readings
 * hold the total in area `total`; score items with `scoreWemwbs`. Clinical cut points are not
 * shipped (CORC: WEMWBS "should therefore not be used for screening").
 *
 * References: Tennant R et al. (2007) The Warwick-Edinburgh Mental Well-being Scale (WEMWBS):
 * development and UK validation. *Health Qual Life Outcomes* 5:63. https://doi.org/10.1186/1477-7525-5-63
 *
 * @example
 * ```ts
 * import { WEMWBS } from 'social-outcomes/data/instruments';
 * WEMWBS.scale //=> { min: 14, max: 70, step: 1, higherIsBetter: true }
 * WEMWBS.reliability.map((r) => r.value) //=> [0.89, 0.91, 0.83]
 * ```
 */
export const WEMWBS: InstrumentDefinition = deepFreeze({
  id: 'wemwbs',
  name: 'Warwick–Edinburgh Mental Wellbeing Scale (WEMWBS)',
  edition: '14-item scale (Tennant et al. 2007)',
  publishedYear: 2007,
  publisher: 'NHS Health Scotland, University of Warwick and University of Edinburgh',
  kind: 'wellbeing-scale',
  scale: { min: 14, max: 70, step: 1, higherIsBetter: true },
  areas: [{ id: 'total', name: 'WEMWBS total score' }],
  stages: [],
  items: {
    count: 14,
    ids: ['item1', 'item2', 'item3', 'item4', 'item5', 'item6', 'item7', 'item8', 'item9', 'item10', 'item11', 'item12', 'item13', 'item14'],
    responseMin: 1,
    responseMax: 5,
  },
  reliability: [
    { value: 0.89, kind: 'alpha', population: 'student sample (Tennant et al. 2007)', source: 'Tennant R et al. (2007) Health Qual Life Outcomes 5:63, abstract', verified: true },
    { value: 0.91, kind: 'alpha', population: 'population sample, Scotland (Tennant et al. 2007)', source: 'Tennant R et al. (2007) Health Qual Life Outcomes 5:63, abstract', verified: true },
    {
      value: 0.83,
      kind: 'test-retest',
      population: 'one-week retest, student sample (Tennant et al. 2007)',
      source: 'Tennant R et al. (2007) Health Qual Life Outcomes 5:63 (value read in a study.space summary; the abstract confirms the one-week ICC design)',
      verified: true,
      note: 'the choice between alpha (0.91) and test–retest (0.83) changes the Jacobson–Truax threshold by about 40%: report which one you use',
    },
  ],
  norms: [
    { areaId: 'total', population: 'Health Survey for England 2016, adults', year: '2016', group: 'men', statistic: 'mean', value: 50.1, source: 'HSE 2016 well-being chapter (HSE2016-Adult-wel-bei.pdf)', verified: true },
    { areaId: 'total', population: 'Health Survey for England 2016, adults', year: '2016', group: 'women', statistic: 'mean', value: 49.6, source: 'HSE 2016 well-being chapter (HSE2016-Adult-wel-bei.pdf)', verified: true },
    { areaId: 'total', population: 'Health Survey for England 2012, adults', year: '2012', group: 'men', statistic: 'mean', value: 52.5, source: 'HSE 2012 wellbeing page (healthsurvey.hscic.gov.uk)', verified: true },
    { areaId: 'total', population: 'Health Survey for England 2012, adults', year: '2012', group: 'women', statistic: 'mean', value: 52.2, source: 'HSE 2012 wellbeing page (healthsurvey.hscic.gov.uk)', verified: true },
    { areaId: 'total', population: 'Scottish Health Survey 2018, adults', year: '2018', group: 'all', statistic: 'mean', value: 49.4, sd: 8.96, n: 4299, source: 'Scottish Health Survey 2018, Table 1.2 (gov.scot)', verified: true },
    { areaId: 'total', population: 'Scottish Health Survey 2018, adults', year: '2018', group: 'men', statistic: 'mean', value: 49.3, sd: 9.06, source: 'Scottish Health Survey 2018, Table 1.2 (gov.scot)', verified: true },
    { areaId: 'total', population: 'Scottish Health Survey 2018, adults', year: '2018', group: 'women', statistic: 'mean', value: 49.6, sd: 8.86, source: 'Scottish Health Survey 2018, Table 1.2 (gov.scot)', verified: true },
    { areaId: 'total', population: 'population sample, Scotland (Tennant et al. 2007)', year: 'published 2007', group: 'all', statistic: 'median', value: 51, n: 1749, source: 'Tennant R et al. (2007) Health Qual Life Outcomes 5:63, Table 3', verified: true },
  ],
  provenance: {
    sources: [
      { title: 'Warwick Medical School: Collect, score, analyse and interpret WEMWBS', url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto' },
      { title: 'Tennant R et al. (2007) WEMWBS: development and UK validation. Health Qual Life Outcomes 5:63', url: 'https://doi.org/10.1186/1477-7525-5-63' },
      { title: 'Scottish Government: Scottish Health Survey 2018, Table 1.2 (gov.scot; exact address not recorded)' },
      { title: 'CORC: Short Warwick-Edinburgh Mental Wellbeing Scale (terms of use)', url: 'https://www.corc.uk.net/outcome-experience-measures/short-warwick-edinburgh-mental-wellbeing-scale-swemwbs/' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §2.1–2.4',
    claims: [
      { field: 'scale', verified: true, status: 'verified', source: 'warwick.ac.uk howto: "summing the score for each of the 14 items … from 1 – 5 and the total score is from 14-70"' },
      { field: 'items', verified: true, status: 'verified', source: 'warwick.ac.uk howto; item order from CamCOPS wemwbs.py' },
      { field: 'reliability', verified: true, status: 'verified', source: 'Tennant et al. (2007) abstract; test–retest via a study.space summary' },
      { field: 'norms', verified: true, status: 'verified', source: 'HSE 2012 and 2016; SHeS 2018 Table 1.2; Tennant 2007 Table 3' },
      { field: 'missingItems', verified: false, status: 'not-found', source: 'Warwick user guides (registration required) were not available', note: 'no published rule for missing items was found; scoreWemwbs scores complete responses only unless the caller opts in to prorating' },
    ],
    licence: WEMWBS_LICENCE,
  },
});
