import type { PrimaryOutcomeId, PrimaryOutcomeMapping, Table3Cell, Table3Column } from './types';
import { deepFreeze } from '../instruments/_internal/shared';

/**
 * The columns of the review's Table 3 and the bundled instrument each header names.
 *
 * @example
 * ```ts
 * import { TABLE3_COLUMNS } from 'social-outcomes/data/preventionFirst';
 * TABLE3_COLUMNS.map((c) => c.header) //=> ['Homelessness', 'Empowerment', 'Young Person', 'Carers Wellbeing Check']
 * ```
 */
export const TABLE3_COLUMNS: ReadonlyArray<Table3Column> = deepFreeze([
  { header: 'Homelessness', instrumentId: 'homelessness-star' },
  { header: 'Empowerment', instrumentId: 'empowerment-star' },
  { header: 'Young Person', instrumentId: 'young-persons-star' },
  { header: 'Carers Wellbeing Check', instrumentId: 'carers-wellbeing-check' },
]);

/**
 * The non-empty cells of the review's Table 3 ("How the Outcomes Star items map onto the primary
 * citizen-level outcomes"), row by row, with the areas in the review's order and the review's own
 * (sometimes shortened) wording of each.
 *
 * @remarks
 * Source: Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (2022) *Birmingham City Council's
 * Adult Social Care Prevention Portfolio – Review of the Performance Evaluation Framework*, final
 * report, section 7.3.1, Table 3 (project copy, lines 747–755). A test re-reads the table from the
 * text and checks every cell. The three empty cells (Carers feeling supported for the three Stars)
 * have no entry.
 *
 * @example
 * ```ts
 * import { TABLE3_CELLS } from 'social-outcomes/data/preventionFirst';
 * TABLE3_CELLS.length //=> 17
 * TABLE3_CELLS[4]?.reviewNames //=> ['Physical Health', 'Mental Health']
 * ```
 */
export const TABLE3_CELLS: ReadonlyArray<Table3Cell> = deepFreeze([
  { primaryOutcomeId: 'economic-well-being', instrumentId: 'homelessness-star', areaIds: ['managing-money'], reviewNames: ['Managing money & administration'] },
  { primaryOutcomeId: 'economic-well-being', instrumentId: 'empowerment-star', areaIds: ['money', 'work-learning'], reviewNames: ['Money', 'Work & learning'] },
  { primaryOutcomeId: 'economic-well-being', instrumentId: 'young-persons-star', areaIds: ['money-rent', 'work-learning'], reviewNames: ['Money & rent', 'Work & learning'] },
  { primaryOutcomeId: 'economic-well-being', instrumentId: 'carers-wellbeing-check', areaIds: ['financial-situation', 'work-education-training'], reviewNames: ['Financial situation', 'Work, education & training'] },
  { primaryOutcomeId: 'health-and-well-being', instrumentId: 'homelessness-star', areaIds: ['physical-health', 'emotional-mental-health'], reviewNames: ['Physical Health', 'Mental Health'] },
  { primaryOutcomeId: 'health-and-well-being', instrumentId: 'empowerment-star', areaIds: ['health-wellbeing'], reviewNames: ['Health & wellbeing'] },
  { primaryOutcomeId: 'health-and-well-being', instrumentId: 'young-persons-star', areaIds: ['health', 'how-you-feel'], reviewNames: ['Health', 'How you feel'] },
  { primaryOutcomeId: 'health-and-well-being', instrumentId: 'carers-wellbeing-check', areaIds: ['health-wellbeing'], reviewNames: ['Health & wellbeing'] },
  { primaryOutcomeId: 'social-participation', instrumentId: 'homelessness-star', areaIds: ['social-networks'], reviewNames: ['Social networks & relationships'] },
  { primaryOutcomeId: 'social-participation', instrumentId: 'empowerment-star', areaIds: ['support-networks'], reviewNames: ['Support networks'] },
  { primaryOutcomeId: 'social-participation', instrumentId: 'young-persons-star', areaIds: ['people-support'], reviewNames: ['People & support'] },
  { primaryOutcomeId: 'social-participation', instrumentId: 'carers-wellbeing-check', areaIds: ['relationships'], reviewNames: ['Relationships'] },
  { primaryOutcomeId: 'independence-in-housing', instrumentId: 'homelessness-star', areaIds: ['managing-tenancy'], reviewNames: ['Managing tenancy & accommodation'] },
  { primaryOutcomeId: 'independence-in-housing', instrumentId: 'empowerment-star', areaIds: ['accommodation'], reviewNames: ['Accommodation'] },
  { primaryOutcomeId: 'independence-in-housing', instrumentId: 'young-persons-star', areaIds: ['accommodation'], reviewNames: ['Accommodation'] },
  { primaryOutcomeId: 'independence-in-housing', instrumentId: 'carers-wellbeing-check', areaIds: ['home'], reviewNames: ['Home'] },
  { primaryOutcomeId: 'carers-feeling-supported', instrumentId: 'carers-wellbeing-check', areaIds: ['time-out', 'other-caring-commitments'], reviewNames: ['Time out', 'Other caring commitments'] },
]);

function mappingFromCells(cells: ReadonlyArray<Table3Cell>): PrimaryOutcomeMapping {
  const out: Record<string, Record<string, PrimaryOutcomeId>> = {};
  for (const cell of cells) {
    const byArea = (out[cell.instrumentId] ??= {});
    for (const areaId of cell.areaIds) byArea[areaId] = cell.primaryOutcomeId;
  }
  return deepFreeze(out);
}

/**
 * Table 3 of the review as a mapping, keyed by instrument id and area id:
 * `TABLE3_MAPPING[instrumentId][areaId]` is the primary outcome the area feeds.
 *
 * @remarks
 * Built from {@link TABLE3_CELLS}. Areas not in Table 3 (Offending, Safety, Self-care …) are not
 * mapped; the review notes they "may be important to capture" but they are not primary outcomes.
 * Instruments not in Table 3 (Home Star, Recovery Star, WEMWBS …) have no entry, so every primary
 * outcome is unmapped for them unless a user mapping (or {@link PROPOSED_MAPPING}) is supplied.
 *
 * @example
 * ```ts
 * import { TABLE3_MAPPING } from 'social-outcomes/data/preventionFirst';
 * TABLE3_MAPPING['homelessness-star']?.['emotional-mental-health'] //=> 'health-and-well-being'
 * Object.keys(TABLE3_MAPPING) //=> ['homelessness-star', 'empowerment-star', 'young-persons-star', 'carers-wellbeing-check']
 * ```
 */
export const TABLE3_MAPPING: PrimaryOutcomeMapping = mappingFromCells(TABLE3_CELLS);

/**
 * An unsourced proposal (ours, not the review's) for two Stars Table 3 does not cover: the Home
 * Star, which replaced the Homelessness Star in 2022, and the Carers Star. Never used by default.
 *
 * @remarks
 * From the research notes (measures.md §1.3): Home Star — Where I am living → Independence in
 * Housing; My money → Economic Well-Being; My health and My well-being → Health and Well-Being;
 * Friends and relationships → Social Participation ("How I spend my time" has no clean counterpart,
 * as "Meaningful use of time" was not mapped either). Carers Star — Finances and Work → Economic
 * Well-Being; Health and How you feel → Health and Well-Being; Managing at home → Independence in
 * Housing; Time for yourself → Carers feeling supported. Opt in with
 * `{ mapping: { ...TABLE3_MAPPING, ...PROPOSED_MAPPING } }` and say so in any report.
 *
 * @example
 * ```ts
 * import { PROPOSED_MAPPING } from 'social-outcomes/data/preventionFirst';
 * PROPOSED_MAPPING['home-star']?.['where-i-am-living'] //=> 'independence-in-housing'
 * ```
 */
export const PROPOSED_MAPPING: PrimaryOutcomeMapping = deepFreeze({
  'home-star': {
    'where-i-am-living': 'independence-in-housing',
    'my-money': 'economic-well-being',
    'my-health': 'health-and-well-being',
    'my-wellbeing': 'health-and-well-being',
    'friends-relationships': 'social-participation',
  },
  'carers-star': {
    finances: 'economic-well-being',
    work: 'economic-well-being',
    health: 'health-and-well-being',
    'how-you-feel': 'health-and-well-being',
    'managing-at-home': 'independence-in-housing',
    'time-for-yourself': 'carers-feeling-supported',
  },
});
