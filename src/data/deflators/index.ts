/**
 * HM Treasury GDP deflators at market prices, for uprating money values between price years.
 *
 * Two series ship, each a single HM Treasury release (never mixed): financial years (ONS series
 * L8GG, March 2026 release, 2024-25 = 100) and calendar years (ONS series MNF2, December 2025
 * release, 2024 = 100). Data licence: Open Government Licence v3.0 (HM Treasury / ONS), stated
 * apart from the MIT licence of the code. Pass your own {@link DeflatorSeries} wherever one of
 * these is the default.
 *
 * @packageDocumentation
 */

/** Where a deflator series comes from, how it was transformed, and under which licence (STYLE rule 20). */
export interface DeflatorProvenance {
  /** Title of the source publication. */
  readonly source: string;
  /** Publisher of the source. */
  readonly publisher: string;
  /** Landing page of the source publication. */
  readonly url: string;
  /** Release (vintage) of the publication the values come from. */
  readonly edition: string;
  /** Statistical series the values are taken from (e.g. ONS series id). */
  readonly series: string;
  /** ISO date on which the values were retrieved for this library. */
  readonly retrieved: string;
  /** The copy the values were read from, when it was not the publisher's own file. */
  readonly retrievedFrom: string;
  /** Licence of the data (not of the code). */
  readonly licence: string;
  /** Every change made to the published values, in order. */
  readonly transformations: ReadonlyArray<string>;
  /** Known errors and corrections; corrections ship as a new edition, never as silent edits. */
  readonly errata: ReadonlyArray<string>;
}

/**
 * An index of prices by year, used to move money values between price years:
 * `value_to = value_from × index[to] / index[from]`.
 */
export interface DeflatorSeries {
  /** Stable identifier of the series and its edition. */
  readonly id: string;
  /** Human-readable name, cited in every uprated figure. */
  readonly name: string;
  /**
   * Whether the series is indexed by calendar year (labels like `'2019'`) or by UK financial year
   * (1 April to 31 March; labels like `'2019-20'`).
   */
  readonly period: 'calendar-year' | 'financial-year';
  /** The year whose index value is 100. */
  readonly referenceYear: string;
  /** Index value by year label. Years absent from this record have no deflator. */
  readonly values: Readonly<Record<string, number>>;
  /** Source, edition, retrieval, licence and transformations. */
  readonly provenance: DeflatorProvenance;
}

/**
 * HM Treasury GDP deflator at market prices, financial years 2000-01 to 2024-25 (outturn),
 * March 2026 Quarterly National Accounts release, 2024-25 = 100 (ONS series L8GG).
 *
 * @remarks
 * The OBR forecast years of the release (2025-26 onwards) are not included: uprating to a
 * forecast year is a projection, and the intermediary copy held them only as values recomputed
 * from percentage changes. Five of the values (2008-09, 2015-16, 2018-19, 2019-20, 2022-23) were
 * cross-checked against the same vintage as quoted in the BENEFITS D2.2 tool-ready layer
 * (research notes, socialvalue.md §3.3): all agree to 4 decimal places.
 *
 * @example
 * ```ts
 * import { gdpDeflatorFinancialYear } from 'social-outcomes/data/deflators';
 * gdpDeflatorFinancialYear.values['2019-20'] //=> 80.8738
 * gdpDeflatorFinancialYear.referenceYear //=> '2024-25'
 * ```
 */
export const gdpDeflatorFinancialYear: DeflatorSeries = Object.freeze({
  id: 'hmt-gdp-deflator-fy-2026-03',
  name: 'HM Treasury GDP deflator at market prices, financial years (March 2026 QNA, 2024-25 = 100)',
  period: 'financial-year',
  referenceYear: '2024-25',
  values: Object.freeze({
    '2000-01': 54.3697,
    '2001-02': 55.4597,
    '2002-03': 56.6,
    '2003-04': 57.9885,
    '2004-05': 59.7172,
    '2005-06': 61.3576,
    '2006-07': 63.2017,
    '2007-08': 64.438,
    '2008-09': 66.8397,
    '2009-10': 67.7042,
    '2010-11': 68.8561,
    '2011-12': 70.3261,
    '2012-13': 71.5454,
    '2013-14': 73.0337,
    '2014-15': 74.0662,
    '2015-16': 74.5804,
    '2016-17': 76.0754,
    '2017-18': 77.0388,
    '2018-19': 78.7948,
    '2019-20': 80.8738,
    '2020-21': 85.1002,
    '2021-22': 85.3036,
    '2022-23': 91.2996,
    '2023-24': 96.1117,
    '2024-25': 100,
  }),
  provenance: Object.freeze({
    source: 'GDP deflators at market prices, and money GDP March 2026 (Quarterly National Accounts)',
    publisher: 'HM Treasury (outturn from the Office for National Statistics)',
    url: 'https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp',
    edition: 'March 2026 (Quarterly National Accounts, 31 March 2026)',
    series: 'ONS L8GG (GDP deflator at market prices, financial year), 2024-25 = 100',
    retrieved: '2026-11-23',
    retrievedFrom:
      'GitHub ncl-icb-analytics/dbt-ncl-analytics, seeds/uk_cost_indices.csv (commit b2a106112364edbd036c78f125855456252b3d1f), column gdp_deflator, generated from the HM Treasury March 2026 workbook',
    licence: 'Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)',
    transformations: Object.freeze([
      'kept outturn financial years 2000-01 to 2024-25; dropped OBR forecast years 2025-26 to 2030-31',
      'values as printed by the intermediary to 4 decimal places',
    ]),
    errata: Object.freeze([] as string[]),
  }),
});

/**
 * HM Treasury GDP deflator at market prices, calendar years 1990 to 2024 (outturn),
 * December 2025 Quarterly National Accounts release, 2024 = 100 (ONS series MNF2).
 *
 * @remarks
 * Use this series for values stated in calendar-year prices, such as the Green Book WELLBY
 * (£13,000 in 2019 prices). It is a different release from {@link gdpDeflatorFinancialYear}, so the
 * two must not be combined in one calculation.
 *
 * @example
 * ```ts
 * import { gdpDeflatorCalendarYear } from 'social-outcomes/data/deflators';
 * gdpDeflatorCalendarYear.values['2019'] //=> 81.1085
 * ```
 */
export const gdpDeflatorCalendarYear: DeflatorSeries = Object.freeze({
  id: 'hmt-gdp-deflator-cy-2025-12',
  name: 'HM Treasury GDP deflator at market prices, calendar years (December 2025 QNA, 2024 = 100)',
  period: 'calendar-year',
  referenceYear: '2024',
  values: Object.freeze({
    '1990': 42.7537,
    '1991': 45.6203,
    '1992': 47.1096,
    '1993': 48.5208,
    '1994': 49.4168,
    '1995': 50.7097,
    '1996': 52.8097,
    '1997': 52.8303,
    '1998': 53.5326,
    '1999': 54.2793,
    '2000': 54.8102,
    '2001': 55.7479,
    '2002': 56.911,
    '2003': 58.266,
    '2004': 59.8584,
    '2005': 61.5718,
    '2006': 63.4682,
    '2007': 64.7322,
    '2008': 66.89,
    '2009': 68.217,
    '2010': 69.1217,
    '2011': 70.834,
    '2012': 71.9294,
    '2013': 73.4795,
    '2014': 74.6524,
    '2015': 75.1536,
    '2016': 76.4554,
    '2017': 77.6367,
    '2018': 79.1606,
    '2019': 81.1085,
    '2020': 85.2137,
    '2021': 85.6358,
    '2022': 90.5005,
    '2023': 96.2507,
    '2024': 100,
  }),
  provenance: Object.freeze({
    source: 'GDP deflators at market prices, and money GDP December 2025 (Quarterly National Accounts)',
    publisher: 'HM Treasury (outturn from the Office for National Statistics)',
    url: 'https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp',
    edition: 'December 2025 (Quarterly National Accounts)',
    series: 'ONS MNF2 (GDP deflator at market prices, calendar year), 2024 = 100',
    retrieved: '2026-11-23',
    retrievedFrom:
      'GitHub charlescoverdale/greenbook, inst/extdata/gdp_deflator.csv (commit 21a380d10474d976961980b246ccf9fa5b2c0e5a), read by data-raw/gdp_deflator.R from CGDP_Deflators_Qtrly_National_Accounts_December_2025_update.xlsx',
    licence: 'Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)',
    transformations: Object.freeze([
      'kept calendar years 1990 to 2024 (outturn), as kept by the intermediary',
      'values rounded by the intermediary to 4 decimal places',
    ]),
    errata: Object.freeze([] as string[]),
  }),
});
