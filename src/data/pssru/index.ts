/**
 * Selected figures from the PSSRU *Unit Costs of Health and Social Care 2024 Manual* (prices
 * 2023/24): unit costs of NHS and adult social care services, and the NHS and PSS inflation indices
 * the manual publishes for uprating.
 *
 * **Separately licensed data.** These figures are © PSSRU, University of Kent, and are distributed
 * here under **Creative Commons Attribution-NonCommercial-ShareAlike 4.0** (CC BY-NC-SA 4.0), not
 * under the MIT licence of the code: you must attribute the manual (see {@link pssruProvenance}),
 * you may not use the figures for commercial purposes without permission from the rights holder,
 * and adapted figures you distribute must carry the same licence. The 2023 Manual states CC BY-NC-SA
 * in its front matter; the Kent Academic Repository record of the 2024 Manual says "Licence for this
 * version UNSPECIFIED", and it is cited elsewhere as CC BY-NC-SA 4.0 — so the same terms are applied
 * here, and commercial users should take advice before relying on this subpath.
 *
 * Only figures read in the manual itself (research notes, socialvalue.md §2.1–2.2) are included;
 * lines whose unit could not be confirmed (e.g. mental-health inpatient "provider spell" costs) are
 * left out rather than guessed.
 *
 * @packageDocumentation
 */
import type { DeflatorSeries } from '../deflators';
import type { UnitCostEntry, UnitCostTable } from '../unitCosts';

/** Citation, licence and transformations of the PSSRU figures (STYLE rule 20). */
export interface PssruProvenance {
  /** Full citation of the manual. */
  readonly source: string;
  /** Publisher. */
  readonly publisher: string;
  /** Persistent link to the manual. */
  readonly url: string;
  /** DOI of the manual. */
  readonly doi: string;
  /** Edition and price base. */
  readonly edition: string;
  /** Price year of every unit cost in {@link pssruUnitCosts2024}. */
  readonly priceYear: string;
  /** ISO date on which the figures were recorded for this library. */
  readonly retrieved: string;
  /** The copy the figures were read from. */
  readonly retrievedFrom: string;
  /** Licence of these figures (not of the code). */
  readonly licence: string;
  /** What the licence requires of users, in plain words. */
  readonly licenceTerms: ReadonlyArray<string>;
  /** Every change made to the published figures. */
  readonly transformations: ReadonlyArray<string>;
  /** Known caveats of use. */
  readonly caveats: ReadonlyArray<string>;
  /** Known errors and corrections. */
  readonly errata: ReadonlyArray<string>;
}

const SOURCE = 'Jones K, et al. (2025) Unit Costs of Health and Social Care 2024 Manual. PSSRU, University of Kent';
const EDITION = '2024 Manual (prices 2023/24)';
const LICENCE = 'CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/)';
const PRICE_YEAR = '2023-24';

/** Provenance and licence terms of every figure in this subpath. */
export const pssruProvenance: PssruProvenance = Object.freeze({
  source: SOURCE,
  publisher: 'Personal Social Services Research Unit (PSSRU), University of Kent',
  url: 'https://kar.kent.ac.uk/109563/',
  doi: '10.22024/UniKent/01.02.109563',
  edition: EDITION,
  priceYear: PRICE_YEAR,
  retrieved: '2026-11-23',
  retrievedFrom:
    'text of the 2024 Manual PDF stored in GitHub NICE-Data-and-Analytics/COSTmos (commit 22570f2, data/PSSRU/PSSRU_2024.pdf), as transcribed in the project research notes (socialvalue.md §2)',
  licence: LICENCE,
  licenceTerms: Object.freeze([
    'Attribution: cite the manual (source, DOI) wherever a figure is used',
    'NonCommercial: no commercial use of the figures without permission from PSSRU / University of Kent',
    'ShareAlike: adapted figures (e.g. uprated tables) that you distribute must carry CC BY-NC-SA 4.0',
    'these terms apply to this data subpath only; the library code is MIT-licensed',
  ]),
  transformations: Object.freeze([
    'price year written as a financial-year label (2023/24 → "2023-24")',
    'the NHS Cost Inflation Index and PSS Pay & Prices Index are published as annual percentage increases; the index levels here are chained from them (first year = 100)',
  ]),
  caveats: Object.freeze([
    'hospital, ambulance and mental-health contact costs are National Cost Collection 2023/24 figures reproduced in the manual (Table 6.1.1, Table 2.1.1)',
    'GP consultation costs assume 10 minutes of patient contact (earlier manuals used 9.22 minutes), so they are not like-for-like with manuals before 2023',
    'home care worker cost is the employer cost of staff per hour, not the price a council pays a provider',
  ]),
  errata: Object.freeze([] as string[]),
});

function cost(
  id: string,
  label: string,
  unit: string,
  value: number,
  agency: string,
  table: string,
  notes?: string,
): UnitCostEntry {
  return Object.freeze({
    id,
    label,
    unit,
    value,
    priceYear: PRICE_YEAR,
    agency,
    source: SOURCE,
    edition: EDITION,
    table,
    licence: LICENCE,
    ...(notes === undefined ? {} : { notes }),
  });
}

/**
 * Unit costs from the PSSRU 2024 Manual, 2023/24 prices, with the paying agency of each
 * (`'nhs'` or `'local-authority'`).
 *
 * @remarks
 * The agency is the public body that normally bears the cost; for care-home fees it is the council
 * for publicly funded residents only (self-funders pay their own fees).
 *
 * @example
 * ```ts
 * import { pssruUnitCosts2024 } from 'social-outcomes/data/pssru';
 * pssruUnitCosts2024.entries.find((e) => e.id === 'emergency-care-attendance')?.value //=> 273
 * ```
 */
export const pssruUnitCosts2024: UnitCostTable = Object.freeze({
  id: 'pssru-unit-costs-2024',
  name: 'PSSRU Unit Costs of Health and Social Care 2024 Manual (2023/24 prices), CC BY-NC-SA 4.0',
  entries: Object.freeze([
    cost('gp-surgery-consultation', 'GP surgery consultation (10 minutes), including direct care staff, with qualification costs', 'per consultation', 45, 'nhs', 'Table 9.4.2'),
    cost('gp-surgery-consultation-excluding-qualifications', 'GP surgery consultation (10 minutes), including direct care staff, without qualification costs', 'per consultation', 37, 'nhs', 'Table 9.4.2'),
    cost('gp-patient-contact-minute', 'GP, per minute of patient contact, including direct care staff, with qualification costs', 'per minute of patient contact', 4.47, 'nhs', 'Table 9.4.2'),
    cost('gp-patient-contact-hour', 'GP, per hour of patient contact, including direct care staff, with qualification costs', 'per hour of patient contact', 268, 'nhs', 'Table 9.4.2'),
    cost('gp-prescription-cost-per-consultation', 'GP prescription cost per consultation (actual cost)', 'per consultation', 27, 'nhs', 'Table 9.4.2', 'list price £33'),
    cost('emergency-care-attendance', 'Emergency care (A&E) attendance', 'per attendance', 273, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('non-elective-inpatient-long-stay', 'Non-elective inpatient stay, long stay', 'per stay (National Cost Collection unit)', 5134, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('non-elective-inpatient-short-stay', 'Non-elective inpatient stay, short stay', 'per stay (National Cost Collection unit)', 792, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('elective-inpatient-stay', 'Elective inpatient stay', 'per stay (National Cost Collection unit)', 6215, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('day-case', 'Day case', 'per day case', 1031, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('outpatient-consultant-led', 'Outpatient attendance, consultant-led', 'per attendance', 198, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('outpatient-non-consultant-led', 'Outpatient attendance, non-consultant-led', 'per attendance', 129, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('ambulance-average', 'Ambulance service, average of all response types', 'per response', 250, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('ambulance-hear-and-treat', 'Ambulance: hear and treat (and refer)', 'per response', 66, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('ambulance-see-and-treat', 'Ambulance: see and treat (and refer)', 'per response', 327, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('ambulance-see-treat-and-convey', 'Ambulance: see, treat and convey', 'per response', 459, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('nhs-talking-therapies-contact', 'NHS Talking Therapies (IAPT) contact', 'per contact', 163, 'nhs', 'Table 6.1.1', 'National Cost Collection 2023/24'),
    cost('community-mental-health-functional-contact', 'Community mental health service, functional', 'per contact', 280, 'nhs', 'Table 2.1.1', 'National Cost Collection 2023/24'),
    cost('crisis-resolution-home-treatment-contact', 'Crisis resolution / home treatment team', 'per contact', 338, 'nhs', 'Table 2.1.1', 'National Cost Collection 2023/24'),
    cost('psychiatric-liaison-contact', 'Psychiatric liaison service', 'per contact', 355, 'nhs', 'Table 2.1.1', 'National Cost Collection 2023/24'),
    cost('social-worker-adult-hour', 'Social worker (adult services), with qualification costs', 'per hour', 58, 'local-authority', 'Table 10.1.1'),
    cost('social-worker-adult-hour-excluding-qualifications', 'Social worker (adult services), without qualification costs', 'per hour', 48, 'local-authority', 'Table 10.1.1'),
    cost('home-care-worker-weekday-hour', 'Home care worker, weekday', 'per hour', 27, 'local-authority', 'Table 10.4.1', 'employer cost of staff, not the commissioned price'),
    cost('support-outreach-worker-hour', 'Support and outreach worker', 'per hour', 30, 'local-authority', 'Table 10.6.1'),
    cost('private-residential-care-65-plus-week', 'Private sector residential care for people aged 65 and over (establishment cost = fee)', 'per permanent resident week', 1200, 'local-authority', 'Table 1.2.1', 'borne by the council for publicly funded residents only'),
    cost('private-nursing-home-65-plus-week', 'Private sector nursing home for people aged 65 and over (fee)', 'per permanent resident week', 1567, 'local-authority', 'Table 1.1.1', 'borne by the council for publicly funded residents only; NHS-funded nursing care not separated'),
    cost('la-residential-care-65-plus-week', 'Local authority own-provision residential care for people aged 65 and over', 'per permanent resident week', 1753, 'local-authority', 'Table 1.3.1'),
    cost('reablement-functional-case', 'Reablement, functional services', 'per case', 1945, 'local-authority', 'Table 10.7.1', 'average of 10 services; reablement is often jointly funded with the NHS'),
    cost('reablement-comprehensive-case', 'Reablement, comprehensive services', 'per case', 1865, 'local-authority', 'Table 10.7.1', 'average of 24 services; reablement is often jointly funded with the NHS'),
  ]),
});

function chained(
  id: string,
  name: string,
  firstYear: number,
  percentIncreases: ReadonlyArray<number>,
  table: string,
  errata: ReadonlyArray<string> = [],
): DeflatorSeries {
  const label = (start: number): string => `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  const values: Record<string, number> = { [label(firstYear)]: 100 };
  let level = 100;
  percentIncreases.forEach((p, i) => {
    level *= 1 + p / 100;
    values[label(firstYear + 1 + i)] = level;
  });
  return Object.freeze({
    id,
    name,
    period: 'financial-year',
    referenceYear: label(firstYear),
    values: Object.freeze(values),
    provenance: Object.freeze({
      source: SOURCE,
      publisher: pssruProvenance.publisher,
      url: pssruProvenance.url,
      edition: EDITION,
      series: `${table}, annual percentage increase`,
      retrieved: pssruProvenance.retrieved,
      retrievedFrom: pssruProvenance.retrievedFrom,
      licence: LICENCE,
      transformations: Object.freeze([
        `index levels chained from the published annual percentage increases, ${label(firstYear)} = 100`,
      ]),
      errata: Object.freeze([...errata]),
    }),
  });
}

/**
 * NHS Cost Inflation Index (NHS providers), pay and prices, from the PSSRU 2024 Manual
 * Table 12.1.1, as a financial-year index (2014-15 = 100) chained from the published annual
 * increases (2015/16 0.40 % … 2022/23 7.32 %, 2023/24 4.31 % provisional).
 *
 * @example
 * ```ts
 * import { nhsCostInflationIndexPayAndPrices } from 'social-outcomes/data/pssru';
 * const v = nhsCostInflationIndexPayAndPrices.values;
 * (v['2023-24'] ?? 0) / (v['2021-22'] ?? 1) //=> 1.1195
 * ```
 */
export const nhsCostInflationIndexPayAndPrices: DeflatorSeries = chained(
  'pssru-2024-nhscii-pay-and-prices',
  'NHS Cost Inflation Index, pay and prices (PSSRU 2024 Manual Table 12.1.1; chained, 2014-15 = 100)',
  2014,
  [0.4, 2.09, 1.24, 1.6, 2.14, 2.49, 2.58, 7.32, 4.31],
  'Table 12.1.1',
  ['the 2023-24 increase (4.31 %) is provisional in the 2024 Manual; a later manual may revise it'],
);

/**
 * PSS Pay & Prices Index, adult services, all sectors, excluding capital, from the PSSRU 2024
 * Manual Table 12.1.2, as a financial-year index (2018-19 = 100) chained from the published
 * annual increases (2019/20 3.30 % … 2023/24 7.40 %).
 *
 * @example
 * ```ts
 * import { pssPayAndPricesIndexExcludingCapital } from 'social-outcomes/data/pssru';
 * const v = pssPayAndPricesIndexExcludingCapital.values;
 * (v['2023-24'] ?? 0) / (v['2022-23'] ?? 1) //=> 1.074
 * ```
 */
export const pssPayAndPricesIndexExcludingCapital: DeflatorSeries = chained(
  'pssru-2024-pss-adult-all-sectors-excluding-capital',
  'PSS Pay & Prices Index, adult services, all sectors, excluding capital (PSSRU 2024 Manual Table 12.1.2; chained, 2018-19 = 100)',
  2018,
  [3.3, 3.8, 3.9, 7.2, 7.4],
  'Table 12.1.2 (excluding capital)',
);

/**
 * PSS Pay & Prices Index, adult services, all sectors, including capital, from the PSSRU 2024
 * Manual Table 12.1.2 (2018-19 = 100, chained from 2019/20 3.10 % … 2023/24 7.00 %).
 *
 * @example
 * ```ts
 * import { pssPayAndPricesIndexIncludingCapital } from 'social-outcomes/data/pssru';
 * pssPayAndPricesIndexIncludingCapital.values['2019-20'] //=> 103.1
 * ```
 */
export const pssPayAndPricesIndexIncludingCapital: DeflatorSeries = chained(
  'pssru-2024-pss-adult-all-sectors-including-capital',
  'PSS Pay & Prices Index, adult services, all sectors, including capital (PSSRU 2024 Manual Table 12.1.2; chained, 2018-19 = 100)',
  2018,
  [3.1, 3.3, 3.9, 7.4, 7.0],
  'Table 12.1.2 (including capital)',
);

/**
 * PSS Pay Index, adult services, all sectors, from the PSSRU 2024 Manual Table 12.1.2
 * (2018-19 = 100, chained from 2019/20 3.80 % … 2023/24 8.10 %).
 *
 * @example
 * ```ts
 * import { pssPayIndex } from 'social-outcomes/data/pssru';
 * pssPayIndex.values['2019-20'] //=> 103.8
 * ```
 */
export const pssPayIndex: DeflatorSeries = chained(
  'pssru-2024-pss-adult-all-sectors-pay',
  'PSS Pay Index, adult services, all sectors (PSSRU 2024 Manual Table 12.1.2; chained, 2018-19 = 100)',
  2018,
  [3.8, 4.9, 3.9, 6.2, 8.1],
  'Table 12.1.2 (pay)',
);
