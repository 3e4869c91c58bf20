/**
 * `buildReport`: client records in, a complete JSON {@link ReportModel} out.
 *
 * @packageDocumentation
 */
import type { CensusDataset } from '../data/census2021';
import type { UnitCostTable } from '../data/unitCosts';
import type { PrimaryOutcomeMapping } from '../data/preventionFirst';
import type { ReliabilityInput } from '../change/reliableChange';
import type { ValueBank } from '../socialvalue/types';
import type { ClientRecord } from '../schema/clientRecord';
import type { ReportModel } from './reportModel';
import { inlineEquity } from './_internal/equityRun';
import { buildReportWith } from './_internal/buildWith';

/** An adjustment rate with where it comes from. */
export interface AdjustmentWithSource {
  /** The rate in [0, 1]. */
  readonly value: number;
  /** Where the rate comes from (a study, a comparison group, a stakeholder consultation, a stated assumption). */
  readonly source: string;
}

/** One kind of avoided event per client who achieved an output, for the avoided-costs section. */
export interface AvoidedEventRule {
  /** Output id (as in `outputsAchieved`) whose achievers avoid the events. */
  readonly outputId: string;
  /** Unit cost id in the unit-cost table. */
  readonly unitCostId: string;
  /** Units avoided per client who achieved the output (e.g. 0.5 emergency attendances). */
  readonly quantityPerClient: number;
}

/** An explicit reporting period. */
export interface ReportPeriod {
  /** Label shown in the report, e.g. `2023-24 Q1`. */
  readonly label: string;
  /** First day, ISO `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, ISO `YYYY-MM-DD` (on or after `start`). */
  readonly end: string;
}

/** Configuration of {@link buildReport}. */
export interface BuildReportConfig {
  /** GSS code of the area the report covers, e.g. `E08000025` (Birmingham). */
  readonly area: string;
  /**
   * Reporting period: a financial year label `2023-24` (1 April to 31 March), or an explicit
   * `{ label, start, end }` with ISO dates. Readings after `end` are excluded as `outside-window`.
   */
  readonly period: string | ReportPeriod;
  /** Date the report is dated, ISO `YYYY-MM-DD` (never taken from the clock, so output is reproducible). */
  readonly generated: string;
  /**
   * Report title.
   *
   * @defaultValue `Prevention outcomes report: <area name> <period>`
   */
  readonly title?: string;
  /**
   * Census dataset the profile is compared with.
   *
   * @defaultValue the bundled `census2021`
   */
  readonly baseline?: CensusDataset;
  /**
   * Value bank for the social value section; without one the section says it was not computed.
   *
   * @defaultValue none
   */
  readonly valueBank?: ValueBank;
  /**
   * Price year of every money figure (values in other years are uprated with the GDP deflator).
   *
   * @defaultValue the price year of the bank entries used
   */
  readonly priceYear?: string;
  /**
   * Annual discount rate, or `'green-book'` (3.5 %, then 3.0 % from year 31).
   *
   * @defaultValue 'green-book'
   */
  readonly discountRate?: number | 'green-book';
  /**
   * SROI adjustments with their sources. Attribution and displacement are required for a valuation
   * (without them the social value section says so); deadweight defaults to the bank's; drop-off is
   * needed only when `durationYears` > 1.
   *
   * @defaultValue none
   */
  readonly adjustments?: {
    /** Deadweight (what would have happened anyway). */
    readonly deadweight?: AdjustmentWithSource;
    /** Attribution (share due to others). */
    readonly attribution?: AdjustmentWithSource;
    /** Displacement (value moved rather than created). */
    readonly displacement?: AdjustmentWithSource;
    /** Annual drop-off from year 2. */
    readonly dropOff?: AdjustmentWithSource;
    /** Whole years each outcome lasts (1–75). */
    readonly durationYears?: number;
  };
  /**
   * Total investment (inputs, £) for the SROI ratio; without it the ratio is not computed and the
   * tornado shows present value.
   *
   * @defaultValue none
   */
  readonly investment?: number;
  /**
   * Avoided costs: events per achieved output, costed with a unit-cost table.
   *
   * @defaultValue none (the section says so)
   */
  readonly avoidedCosts?: {
    /** The rules turning achieved outputs into avoided events. */
    readonly events: ReadonlyArray<AvoidedEventRule>;
    /** Unit-cost table; defaults to the bundled PSSRU 2024 table. */
    readonly unitCosts?: UnitCostTable;
    /** Deadweight applied to the avoided events (default 0). */
    readonly deadweight?: number;
    /** Attribution applied to the avoided events (default 0). */
    readonly attribution?: number;
  };
  /**
   * Disclosure control. Default: counts from 1 to 9 suppressed with secondary suppression (ONS).
   * `false` publishes every count and must be chosen explicitly.
   *
   * @defaultValue `{ threshold: 10, secondary: true, rounding: 'none' }`
   */
  readonly suppression?: false | {
    /** Counts from 1 to threshold − 1 are suppressed (integer ≥ 2). */
    readonly threshold?: number;
    /** Secondary suppression. */
    readonly secondary?: boolean;
    /** Rounding of published counts. */
    readonly rounding?: 'none' | 'nearest-5';
  };
  /**
   * Record fields checked for k-anonymity (k = the suppression threshold, or 10 when suppression is off).
   *
   * @defaultValue `['ageBand', 'gender', 'ethnicity', 'postcodeDistrict']` (those present on some record)
   */
  readonly quasiIdentifiers?: ReadonlyArray<string>;
  /**
   * Display names of providers by provider id (plain text; renderers escape it).
   *
   * @defaultValue the ids
   */
  readonly providerNames?: Readonly<Record<string, string>>;
  /**
   * Reliability coefficients for reliable change, keyed by instrument id (`swemwbs`) or Prevention
   * First outcome id. The Outcomes Stars publish none, so without one reliable change is reported as
   * not computed.
   *
   * @defaultValue none
   */
  readonly reliability?: Readonly<Record<string, ReliabilityInput>>;
  /**
   * Area-to-outcome mapping for the Prevention First change section.
   *
   * @defaultValue Table 3 of the review plus the library's proposed mapping for Carers Star and Home Star
   */
  readonly mapping?: PrimaryOutcomeMapping;
  /**
   * Fewest days between baseline and follow-up.
   *
   * @defaultValue 14
   */
  readonly minDaysApart?: number;
  /**
   * Groups smaller than this get no estimate in the equity comparisons.
   *
   * @defaultValue 10
   */
  readonly minGroupSize?: number;
  /**
   * Confidence level of every interval.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /**
   * Issues found while reading the records (e.g. `parseRecords(...).issues`), counted by code in the
   * data-quality section. Only `code` is read.
   *
   * @defaultValue []
   */
  readonly issues?: ReadonlyArray<{
    /** Issue code. */
    readonly code: string;
  }>;
  /**
   * Seed of the synthetic cohort the records came from, written to `meta.generatedFrom.seed`.
   *
   * @defaultValue none
   */
  readonly seed?: number;
}


/**
 * Builds the JSON model of an annual outcomes report from client records: reach, profile against
 * Census 2021, change on the Prevention First outcomes, wellbeing, reliable change, equity, social
 * value and data quality, with disclosure control applied.
 *
 * @remarks
 * A composition of the library's module functions, nothing re-implemented: `outcomes.pairReadings`
 * (strategy `first-latest-before` at the period end, invalid readings excluded and counted) and
 * `mapPairsToPrimaryOutcomes` (proportion of scale range, mean of mapped areas);
 * `change.summarizeChange` per outcome and provider (ordinal: median, Wilcoxon signed-rank; SWEMWBS:
 * interval, paired t), with effect sizes and reliable change where a reliability is configured;
 * `equity.baseline` / `compareToBaseline` (representation ratios with Wilson-based limits, Holm-adjusted
 * p), `outcomeByGroup` (mean change by group, Welch intervals, Holm), `checkKAnonymity`, and
 * `suppressSmallCounts` on every published table; `socialvalue.valueOutcomes`, `avoidedCosts`, `sroi`
 * and `sensitivity`.
 *
 * The result is pure and deterministic: no clock (dates come from `config`), no randomness, stable
 * ordering, so the same records and config give byte-identical `JSON.stringify` output. It never
 * contains a client id or any record-level value. Change scores are not causal impact.
 *
 * **Formula**
 * ```tex
 * \text{RR}_c = \frac{x_c / n}{\pi_c},\qquad \Delta_{g} = \bar d_g - \bar d_{\text{ref}},\qquad
 * \text{PV} = \sum_t \frac{V(1-\text{dw})(1-\text{disp})(1-\text{attr})(1-\text{do})^{t-1}}{(1+r)^t}
 * ```
 *
 * **References** Hopley R et al. (2022) Birmingham Prevention Portfolio review, sections 6–7 and
 * recommendations 1, 5, 9 and 14; Office for National Statistics (2022) Census 2021 (OGL v3.0);
 * Office for National Statistics, Statistical disclosure control policy for tables (threshold 10);
 * Nicholls J et al. (2012) A guide to Social Return on Investment, Social Value UK, stages 4–5.
 *
 * @param records - validated client records (e.g. `parseRecords(...).records`); client ids must be unique
 * @param config - area, period, report date, and the optional valuation, suppression and display settings
 * @returns the report model (plain JSON)
 * @throws {InvalidInputError} when records is not an array of records, a client id repeats, or a
 *   config field is invalid (the message names the field)
 * @throws {ReferenceDataError} when the area has no census baseline, or a bank or unit-cost id is unknown
 * @example
 * ```ts
 * import { buildReport, generateCohort } from 'social-outcomes/report';
 * const model = buildReport(generateCohort({ n: 300, seed: 7 }), { area: 'E08000025', period: '2023-24', generated: '2024-06-30' });
 * model.meta.area.name //=> 'Birmingham'
 * model.summary.lines.length //=> 10
 * buildReport([], { area: 'E08000025', period: '2023-24', generated: '2024-02-30' }) //=> throws InvalidInputError
 * ```
 */
export function buildReport(records: ReadonlyArray<ClientRecord>, config: BuildReportConfig): ReportModel {
  return buildReportWith(records, config, inlineEquity);
}
