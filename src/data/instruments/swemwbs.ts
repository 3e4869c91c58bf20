import type { InstrumentDefinition, ProvenanceClaim } from './types';
import { deepFreeze, RETRIEVED } from './_internal/shared';
import { WEMWBS_LICENCE } from './wemwbs';

/** One row of the SWEMWBS raw → metric conversion table. */
export interface SwemwbsMetricRow {
  /** Raw total: the sum of the seven item responses (7–35). */
  readonly raw: number;
  /** Rasch-based metric score for that raw total. */
  readonly metric: number;
}

/**
 * The SWEMWBS raw → metric conversion table (29 rows, raw 7–35).
 *
 * @remarks
 * Warwick requires SWEMWBS totals to be transformed "according to a conversion table" (verified);
 * the table itself is the Rasch-based transformation associated with Stewart-Brown et al. (2009).
 * The official Warwick table (a PDF behind registration) could not be read. The values here are the
 * ones in the research notes (measures.md §2.2), taken from a third-party TypeScript implementation;
 * a second, independent third-party copy (an R analysis script) agrees on all 29 values; a third
 * (JavaScript) differs at raw 29 (25.99 instead of 26.02) and is taken to be a typo. Hence
 * {@link SWEMWBS_METRIC_TABLE_CLAIM} is `verified: false`: check against the official table before
 * publishing figures that depend on individual rows.
 *
 * @example
 * ```ts
 * import { SWEMWBS_METRIC_TABLE } from 'social-outcomes/data/instruments';
 * SWEMWBS_METRIC_TABLE.length //=> 29
 * SWEMWBS_METRIC_TABLE[0] //=> { raw: 7, metric: 7 }
 * SWEMWBS_METRIC_TABLE[28] //=> { raw: 35, metric: 35 }
 * ```
 */
export const SWEMWBS_METRIC_TABLE: ReadonlyArray<SwemwbsMetricRow> = deepFreeze(
  [
    7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11,
    25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0,
  ].map((metric, i) => ({ raw: i + 7, metric })),
);

/**
 * Verification record of {@link SWEMWBS_METRIC_TABLE}: where it came from and what could be checked.
 *
 * @example
 * ```ts
 * import { SWEMWBS_METRIC_TABLE_CLAIM } from 'social-outcomes/data/instruments';
 * SWEMWBS_METRIC_TABLE_CLAIM.verified //=> false
 * SWEMWBS_METRIC_TABLE_CLAIM.status //=> 'secondary'
 * ```
 */
export const SWEMWBS_METRIC_TABLE_CLAIM: ProvenanceClaim = deepFreeze({
  field: 'metricTable',
  verified: false,
  status: 'secondary',
  source:
    'third-party copies found in public code: (1) packages/server/src/lib/swemwbs-rasch.ts in a public repository ' +
    '(source of measures.md §2.2); (2) an R analysis script in another public repository (conversion_table, Raw_Score = 7:35) — ' +
    'identical on all 29 rows; (3) a JavaScript implementation citing "Stewart-Brown 2009, Table 3" that differs at raw 29 ' +
    '(25.99 vs 26.02)',
  note:
    'the official Warwick conversion table was not available (registration); checked here: 29 rows, raw 7→7.00 and ' +
    '35→35.00, strictly increasing, two independent copies agree. Verify every row against the official table before release.',
});

/**
 * The Short Warwick–Edinburgh Mental Wellbeing Scale (SWEMWBS): 7 WEMWBS items scored 1–5, raw
 * total 7–35 converted to a Rasch-based metric score (7.00–35.00) by {@link SWEMWBS_METRIC_TABLE}.
 *
 * @remarks
 * Readings hold the **metric** score in area `total`; its scale lists the 29 possible values
 * (`step: null`). Score items with `scoreSwemwbs`. The SEM of 1.03 points is from a clinical sample
 * (n = 172); no internal-consistency coefficient was retrieved, so `reliability` is empty.
 *
 * References: Stewart-Brown S et al. (2009) Internal construct validity of the Warwick-Edinburgh
 * Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health Education
 * Population Survey. *Health Qual Life Outcomes* 7:15. https://doi.org/10.1186/1477-7525-7-15 ;
 * Ng Fat L et al. (2017) *Qual Life Res* 26:1129–1144.
 *
 * @example
 * ```ts
 * import { SWEMWBS } from 'social-outcomes/data/instruments';
 * SWEMWBS.items?.parentItemNumbers //=> [1, 2, 3, 6, 7, 9, 11]
 * SWEMWBS.scale?.values?.length //=> 29
 * ```
 */
export const SWEMWBS: InstrumentDefinition = deepFreeze({
  id: 'swemwbs',
  name: 'Short Warwick–Edinburgh Mental Wellbeing Scale (SWEMWBS)',
  edition: '7-item scale with Rasch metric conversion (Stewart-Brown et al. 2009)',
  publishedYear: 2009,
  publisher: 'NHS Health Scotland, University of Warwick and University of Edinburgh',
  kind: 'wellbeing-scale',
  scale: { min: 7, max: 35, step: null, higherIsBetter: true, values: SWEMWBS_METRIC_TABLE.map((r) => r.metric) },
  areas: [{ id: 'total', name: 'SWEMWBS metric score' }],
  stages: [],
  items: {
    count: 7,
    ids: ['item1', 'item2', 'item3', 'item4', 'item5', 'item6', 'item7'],
    responseMin: 1,
    responseMax: 5,
    parentItemNumbers: [1, 2, 3, 6, 7, 9, 11],
  },
  reliability: [],
  measurementError: [
    {
      value: 1.03,
      population: 'clinical sample, n = 172',
      source: 'Health Qual Life Outcomes 2018;16:239 (PMID 30577856)',
      verified: true,
      note: 'first author not confirmed (recalled as Shah N); 2.77 × SEM = 2.87 points, the Jacobson–Truax threshold',
    },
  ],
  norms: [
    { areaId: 'total', population: 'Health Survey for England 2010–2013, adults 16+ (n = 27,169)', year: '2010–2013', group: 'men', statistic: 'mean', value: 23.7, source: 'Ng Fat L et al. (2017) Qual Life Res 26:1129, abstract', verified: true },
    { areaId: 'total', population: 'Health Survey for England 2010–2013, adults 16+ (n = 27,169)', year: '2010–2013', group: 'women', statistic: 'mean', value: 23.2, source: 'Ng Fat L et al. (2017) Qual Life Res 26:1129, abstract', verified: true },
    { areaId: 'total', population: 'Health Survey for England 2010–2013, adults 16+ (n = 27,169)', year: '2010–2013', group: 'men', statistic: 'median', value: 23.2, source: 'Ng Fat L et al. (2017) Qual Life Res 26:1129, abstract', verified: true },
    { areaId: 'total', population: 'Health Survey for England 2010–2013, adults 16+ (n = 27,169)', year: '2010–2013', group: 'women', statistic: 'median', value: 23.2, source: 'Ng Fat L et al. (2017) Qual Life Res 26:1129, abstract', verified: true },
  ],
  provenance: {
    sources: [
      { title: 'Warwick Medical School: Guidance on scoring (SWEMWBS conversion table requirement)', url: 'https://warwick.ac.uk/fac/med/research/platform/wemwbs/researchers/guidance/' },
      { title: 'Stewart-Brown S et al. (2009) Health Qual Life Outcomes 7:15', url: 'https://doi.org/10.1186/1477-7525-7-15' },
      { title: 'Scottish Surveys Core Questions 2022, 1.8 Mental wellbeing scoring (SWEMWBS item set)', url: 'http://www2.gov.scot/publications/scottish-surveys-core-questions-2022/pages/1-8-mental-wellbeing-scoring/' },
      { title: 'Ng Fat L et al. (2017) Evaluating and establishing national norms for mental wellbeing using SWEMWBS. Qual Life Res 26:1129–1144 (abstract)', url: 'https://mijn.bsl.nl/evaluating-and-establishing-national-norms-for-mental-wellbeing-/11055254' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §2.1–2.4',
    claims: [
      { field: 'items', verified: true, status: 'verified', source: 'gov.scot SSCQ 2022 §1.8 (the seven items) against the WEMWBS order in CamCOPS wemwbs.py' },
      { field: 'scale', verified: true, status: 'verified', source: 'Warwick guidance: sum the seven items, then transform the total with the conversion table' },
      SWEMWBS_METRIC_TABLE_CLAIM,
      { field: 'measurementError', verified: true, status: 'verified', source: 'PubMed 30577856 abstract', note: 'first author not confirmed' },
      { field: 'norms', verified: true, status: 'verified', source: 'Ng Fat et al. (2017) abstract' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'CORC: "adequate internal consistency" (Haver et al. 2015), no coefficient', note: 'left empty' },
      { field: 'missingItems', verified: false, status: 'not-found', source: 'Warwick user guides (registration required) were not available', note: 'scoreSwemwbs scores complete responses only unless the caller opts in to prorating' },
    ],
    licence: WEMWBS_LICENCE,
  },
});
