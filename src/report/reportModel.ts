/**
 * The JSON report model: everything a renderer (HTML, Markdown, CLI summary) needs to show an annual
 * outcomes report, already computed, aggregated and disclosure-controlled.
 *
 * @remarks
 * A {@link ReportModel} is plain JSON (no class instances, maps, typed arrays, functions, `undefined`
 * or `NaN`): `JSON.parse(JSON.stringify(model))` deep-equals `model`, and the same records and config
 * give byte-identical `JSON.stringify` output. It never holds a client id or any record-level value:
 * only counts, summaries and intervals over groups.
 *
 * `null` has two meanings only, and every field that can hold it says which: a value withheld by
 * disclosure control (a suppressed {@link ReportCount}, or a figure that would reveal one), or a
 * statistic that could not be computed (with a `reason` or `notComputedReason` beside it). Every
 * figure carries its `n`, the `method` that produced it and the `source` of its data, in a
 * {@link FigureBasis}.
 *
 * @packageDocumentation
 */

/** Version of the {@link ReportModel} layout; bumped on any breaking change of these types. */
export const REPORT_MODEL_VERSION = 1 as const;

// ---------------------------------------------------------------------------------------------
// Shared building blocks
// ---------------------------------------------------------------------------------------------

/** How one figure (or one table of figures) was produced: its base, method and data source. */
export interface FigureBasis {
  /** Number of clients (or pairs, or outputs: see `unit`) the figure is computed from. */
  readonly n: number;
  /** What `n` counts, e.g. `clients`, `paired readings`, `outputs`. */
  readonly unit: string;
  /** The method in words, naming the library function, e.g. `change.summarizeChangeBy (Wilcoxon signed-rank, exact)`. */
  readonly method: string;
  /** Where the data came from, e.g. `provider returns (1,234 records)` or `Census 2021 TS021, ONS (OGL v3)`. */
  readonly source: string;
}

/** A confidence interval around an estimate (the same shape as `stats` `Interval`). */
export interface ReportInterval {
  /** Point estimate. */
  readonly estimate: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /** Confidence level, e.g. 0.95. */
  readonly confidence: number;
  /** Interval method, e.g. `wilson`, `t`, `newcombe-wilson`. */
  readonly method: string;
}

/**
 * A published count after disclosure control. `value` is the count (rounded when the suppression
 * rule rounds) or `null` when suppressed; renderers print suppressed cells as {@link SuppressionInfo.marker}.
 */
export interface ReportCount {
  /** The published count, or `null` when suppressed. */
  readonly value: number | null;
  /** `true` when the cell is suppressed (primary or secondary: which one is deliberately not published). */
  readonly suppressed: boolean;
}

/** One category of a categorical breakdown with its published count and share. */
export interface CategoryCount {
  /** Stable code of the category (e.g. `self`, `no-capacity`, `gp`). */
  readonly code: string;
  /** Human-readable label of the category. */
  readonly label: string;
  /** Published count. */
  readonly count: ReportCount;
  /**
   * Share of the breakdown's total (0–1) from the published counts, or `null` when the count is
   * suppressed.
   */
  readonly share: number | null;
}

/** A categorical breakdown: categories, total and the figure basis. */
export interface Breakdown {
  /** Categories in display order (largest first unless the coding has a natural order). */
  readonly categories: ReadonlyArray<CategoryCount>;
  /** Published total. */
  readonly total: ReportCount;
  /** How the breakdown was produced. */
  readonly basis: FigureBasis;
}

/** A count of excluded items with the reason, for exclusion tables. */
export interface ExclusionCount {
  /** Machine-readable reason code, e.g. `no-baseline`, `single-reading`, `out-of-range`. */
  readonly reason: string;
  /** The reason in words. */
  readonly description: string;
  /** Number excluded for this reason (not suppressed: exclusion counts carry no demographics). */
  readonly count: number;
}

/** A statistic that may be missing; when `value` is `null`, `reason` says why. */
export interface MaybeNumber {
  /** The value, or `null` when it could not be computed. */
  readonly value: number | null;
  /** Why `value` is `null` (e.g. `fewer than 2 pairs`); absent when computed. */
  readonly reason?: string;
}

/** Disclosure-control settings the report applied. */
export interface SuppressionInfo {
  /** `false` only when the caller opted out explicitly with `suppression: false`. */
  readonly applied: boolean;
  /** Counts from 1 to threshold − 1 are suppressed (primary); 1 when not applied. */
  readonly threshold: number;
  /** Whether secondary (complementary) suppression was applied to protect primary cells. */
  readonly secondary: boolean;
  /** Rounding of published counts. */
  readonly rounding: 'none' | 'nearest-5';
  /** Marker renderers print for a suppressed cell, e.g. `[c]`. */
  readonly marker: string;
  /** The rule in words, for a footnote. */
  readonly description: string;
  /** Total number of suppressed cells across the report's tables. */
  readonly suppressedCells: number;
}

// ---------------------------------------------------------------------------------------------
// Meta and summary
// ---------------------------------------------------------------------------------------------

/** A data source the report used, with its licence. */
export interface DataSource {
  /** Short id, e.g. `records`, `census2021`, `value-bank`, `pssru`. */
  readonly id: string;
  /** Name of the source, e.g. `Census 2021 (ONS), TS021 ethnic group`. */
  readonly name: string;
  /** Publisher, e.g. `Office for National Statistics`. */
  readonly publisher: string;
  /** Edition, release or price year. */
  readonly edition: string;
  /** Licence, e.g. `Open Government Licence v3.0`. */
  readonly licence: string;
  /** URL of the source (empty string when there is none, e.g. the caller's own records). */
  readonly url: string;
}

/** Report metadata: what, where, when, from what. */
export interface ReportMeta {
  /** Version of the model layout ({@link REPORT_MODEL_VERSION}). */
  readonly modelVersion: typeof REPORT_MODEL_VERSION;
  /** Report title (from config; plain text, renderers escape it). */
  readonly title: string;
  /** Area the report covers. */
  readonly area: {
    /** ONS GSS code, e.g. `E08000025`. */
    readonly code: string;
    /** Area name from the baseline, e.g. `Birmingham`. */
    readonly name: string;
  };
  /** Reporting period. */
  readonly period: {
    /** Label of the period, e.g. `2023-24`. */
    readonly label: string;
    /** First day, ISO `YYYY-MM-DD`. */
    readonly start: string;
    /** Last day, ISO `YYYY-MM-DD`. */
    readonly end: string;
  };
  /** Date the report is dated, ISO `YYYY-MM-DD` (from config, never the clock). */
  readonly generated: string;
  /** What the report was generated from. */
  readonly generatedFrom: {
    /**
     * Identity check of the input (16 hex digits; FNV-1a in two 32-bit lanes, not cryptographic): of
     * every record field the report reads, in record order, and of the config in canonical JSON (a
     * census dataset enters by its identity only: the bundled one or a user's).
     */
    readonly inputHash: string;
    /** Seed of the synthetic cohort when the records came from `generateCohort`, otherwise absent. */
    readonly seed?: number;
    /** Number of records (clients) received. */
    readonly records: number;
    /** Number of readings received. */
    readonly readings: number;
  };
  /** The `social-outcomes` library version that built the model. */
  readonly libraryVersion: string;
  /** Providers in the report, id and display name, in display order. */
  readonly providers: ReadonlyArray<{
    /** Provider id as in the records (`unknown` for records without one). */
    readonly id: string;
    /** Display name (from config, falling back to the id; plain text, renderers escape it). */
    readonly name: string;
  }>;
  /** Data sources with licences. */
  readonly dataSources: ReadonlyArray<DataSource>;
  /** Disclosure control applied to every count in the report. */
  readonly suppression: SuppressionInfo;
  /** Confidence level of every interval in the report, e.g. 0.95. */
  readonly confidence: number;
}

/** Ten headline lines of plain text, usable as-is by the CLI. */
export interface ReportSummary {
  /** Exactly ten lines, each plain text without line breaks or markup. */
  readonly lines: ReadonlyArray<string>;
}

// ---------------------------------------------------------------------------------------------
// Reach
// ---------------------------------------------------------------------------------------------

/** Service reach: referrals, their routes and sources, and why referrals did not succeed (review §7.2.3). */
export interface ReachSection {
  /** Number of referrals (clients) received in the period. */
  readonly referrals: ReportCount;
  /** Referrals by provider. */
  readonly byProvider: Breakdown;
  /** Referrals by outcome (`supported`, `waiting-list`, `unsuccessful`, `not-known`). */
  readonly outcomes: Breakdown;
  /** Referrals by source sector (statutory, VCSE, self, …). */
  readonly sources: Breakdown;
  /** Share of referrals with a known source that came from statutory vs VCSE organisations. */
  readonly statutoryVsVcse: {
    /** Proportion from statutory bodies, with a Wilson interval; `null` when no source is known or the count (or its complement) is suppressed. */
    readonly statutory: ReportInterval | null;
    /** Proportion from VCSE organisations, with a Wilson interval; `null` when no source is known or the count (or its complement) is suppressed. */
    readonly vcse: ReportInterval | null;
    /** How it was computed. */
    readonly basis: FigureBasis;
  };
  /** Referrals by route as the providers name it (free text normalised to lower case). */
  readonly routes: Breakdown;
  /** Reasons for unsuccessful referrals (review §7.2.3). */
  readonly unsuccessfulReasons: Breakdown;
  /** Repeat vs new referrals. */
  readonly repeatReferrals: Breakdown;
  /** Accessibility item (review §7.3.2), ratings 1–5. */
  readonly accessibility: {
    /** Ratings 1–5 as a breakdown. */
    readonly ratings: Breakdown;
    /** Mean rating with a t interval; `null` with fewer than 2 ratings, no spread, or fewer ratings than the suppression threshold. */
    readonly mean: ReportInterval | null;
  };
}

// ---------------------------------------------------------------------------------------------
// Profile versus Census 2021
// ---------------------------------------------------------------------------------------------

/** One category of a characteristic compared with the census baseline. */
export interface RepresentationRow {
  /** Census category code (e.g. `asian`, `65+`). */
  readonly code: string;
  /** Census category label. */
  readonly label: string;
  /** Published count of clients in the category. */
  readonly observed: ReportCount;
  /** Observed share among clients with a known value (`null` when suppressed). */
  readonly observedShare: number | null;
  /** Census share of the area's relevant population. */
  readonly baselineShare: number;
  /**
   * Representation ratio observed share ÷ census share, with its interval (1 = proportionate,
   * below 1 = under-represented); `null` when the count is suppressed.
   */
  readonly ratio: ReportInterval | null;
  /** `under` / `over` when the interval excludes 1, otherwise `proportionate`; `suppressed` when hidden. */
  readonly flag: 'under' | 'over' | 'proportionate' | 'suppressed';
  /** Adjusted p-value of the category test (`null` when suppressed). */
  readonly pAdjusted: number | null;
}

/** One characteristic (ethnic group, age band, sex, disability, …) compared with the census. */
export interface CharacteristicComparison {
  /** Characteristic id: `ethnicity`, `age`, `gender`, `disability`, … */
  readonly characteristic: string;
  /** Characteristic label for headings. */
  readonly label: string;
  /** Census table the baseline came from, e.g. `TS021`. */
  readonly baselineTable: string;
  /** Rows by census category. */
  readonly rows: ReadonlyArray<RepresentationRow>;
  /** Goodness-of-fit test of the whole profile against the census; `null` when not computable. */
  readonly test: {
    /** Test name, e.g. `chi-squared goodness of fit`. */
    readonly method: string;
    /** Statistic. */
    readonly statistic: number;
    /** Degrees of freedom. */
    readonly df: number;
    /** p-value. */
    readonly p: number;
  } | null;
  /** Clients left out of this comparison by reason (`not-known`, `prefer-not-to-say`, out of census universe). */
  readonly excluded: ReadonlyArray<ExclusionCount>;
  /** How it was computed. */
  readonly basis: FigureBasis;
}

/** The demographic profile of clients versus the area's Census 2021 population. */
export interface ProfileSection {
  /** One comparison per characteristic. */
  readonly characteristics: ReadonlyArray<CharacteristicComparison>;
  /** Under-represented categories found (plain text, for the summary and the narrative). */
  readonly findings: ReadonlyArray<string>;
}

// ---------------------------------------------------------------------------------------------
// Change (Prevention First primary outcomes), wellbeing, reliable change
// ---------------------------------------------------------------------------------------------

/** Pre-post change on one outcome for one group (a provider, or everyone). */
export interface ChangeFigure {
  /** Number of complete pre-post pairs; 0 when `suppressed` (the small count itself is withheld). */
  readonly n: number;
  /** Mean before. */
  readonly preMean: MaybeNumber;
  /** Mean after. */
  readonly postMean: MaybeNumber;
  /** Median change (post − pre, oriented so positive = better when `higherIsBetter`). */
  readonly medianChange: MaybeNumber;
  /** Mean change with a t interval; `null` with fewer than 2 pairs. */
  readonly meanChange: ReportInterval | null;
  /** Standardised effect size (Cohen's d_z for paired data, with its interval); `null` when not computable. */
  readonly effectSize: (ReportInterval & {
    /** Effect size name, e.g. `cohens-dz`. */
    readonly measure: string;
  }) | null;
  /** p-value of the primary test; `null` when not computable. */
  readonly p: number | null;
  /** Primary test, e.g. `wilcoxon signed-rank` (ordinal Star scales) or `paired t`. */
  readonly test: string;
  /** Published counts improved / same / worse (small counts suppressed like any other table). */
  readonly direction: {
    /** Number who improved. */
    readonly improved: ReportCount;
    /** Number with no change (ties). */
    readonly same: ReportCount;
    /** Number who got worse. */
    readonly worse: ReportCount;
  };
  /** When not computed at all, why (e.g. `fewer than 10 pairs`); absent otherwise. */
  readonly notComputedReason?: string;
  /** True when the group is below the suppression threshold and the figure is withheld (all statistics null). */
  readonly suppressed: boolean;
}

/** One Prevention First primary outcome: change per provider and overall. */
export interface OutcomeChange {
  /** Prevention First primary outcome id (e.g. `wellbeing`, `independence`). */
  readonly outcomeId: string;
  /** Outcome label. */
  readonly label: string;
  /** Scale the means are on, e.g. `Outcomes Star 1–10 (mean of mapped areas)`. */
  readonly scale: string;
  /** Minimum and maximum of the scale (for the Star profile chart axis). */
  readonly range: {
    /** Lowest possible score. */
    readonly min: number;
    /** Highest possible score. */
    readonly max: number;
  };
  /** Whether a higher score is better. */
  readonly higherIsBetter: boolean;
  /** All providers together. */
  readonly overall: ChangeFigure;
  /** One figure per provider, in the order of `meta.providers`. */
  readonly byProvider: ReadonlyArray<ChangeFigure & {
    /** Provider id. */
    readonly providerId: string;
  }>;
  /** How it was computed. */
  readonly basis: FigureBasis;
}

/** Change on the Prevention First primary outcomes. */
export interface ChangeSection {
  /** One entry per primary outcome with any mapped readings, in framework order. */
  readonly outcomes: ReadonlyArray<OutcomeChange>;
  /** Readings and pairs excluded before pairing and mapping, by reason. */
  readonly excluded: ReadonlyArray<ExclusionCount>;
  /** Pairing rule in words (e.g. first reading vs last reading at least 60 days later). */
  readonly pairing: string;
}

/** Wellbeing change on SWEMWBS (metric scores). */
export interface WellbeingSection {
  /** Instrument id, `swemwbs`. */
  readonly instrumentId: string;
  /** All providers together. */
  readonly overall: ChangeFigure;
  /** Per provider. */
  readonly byProvider: ReadonlyArray<ChangeFigure & {
    /** Provider id. */
    readonly providerId: string;
  }>;
  /** How it was computed. */
  readonly basis: FigureBasis;
}

/** Reliable change counts for one instrument or outcome. */
export interface ReliableChangeRow {
  /** Instrument or outcome id. */
  readonly id: string;
  /** Label. */
  readonly label: string;
  /** Number of people classified. */
  readonly n: number;
  /** Reliable improvement: count and proportion with Wilson interval. */
  readonly improved: {
    /** Published count. */
    readonly count: ReportCount;
    /** Proportion with interval; `null` when suppressed or n = 0. */
    readonly proportion: ReportInterval | null;
  };
  /** No reliable change. */
  readonly noChange: {
    /** Published count. */
    readonly count: ReportCount;
    /** Proportion with interval; `null` when suppressed or n = 0. */
    readonly proportion: ReportInterval | null;
  };
  /** Reliable deterioration. */
  readonly deteriorated: {
    /** Published count. */
    readonly count: ReportCount;
    /** Proportion with interval; `null` when suppressed or n = 0. */
    readonly proportion: ReportInterval | null;
  };
  /** Reliable change index criterion on the raw scale (the smallest change that counts as reliable). */
  readonly criterion: MaybeNumber;
  /** Reliability coefficient used and where it came from. */
  readonly reliability: {
    /** Coefficient (e.g. Cronbach's alpha). */
    readonly value: number | null;
    /** Source in words (instrument registry, sample, citation). */
    readonly source: string;
  };
  /** When not computed (no reliability configured, too few pairs), why; absent otherwise. Not computed rows have n 0, zero counts and null proportions. */
  readonly notComputedReason?: string;
  /** How it was computed. */
  readonly basis: FigureBasis;
}

/** Reliable change (Jacobson & Truax) on SWEMWBS and the primary outcomes. */
export interface ReliableChangeSection {
  /** One row per instrument/outcome. */
  readonly rows: ReadonlyArray<ReliableChangeRow>;
}

// ---------------------------------------------------------------------------------------------
// Equity
// ---------------------------------------------------------------------------------------------

/** One group's outcome in a disparity comparison. */
export interface DisparityGroup {
  /** Group code (e.g. `black`, `65+`). */
  readonly code: string;
  /** Group label. */
  readonly label: string;
  /** Published number of people in the group. */
  readonly n: ReportCount;
  /** Group's outcome (mean change or proportion improved) with interval; `null` when suppressed. */
  readonly estimate: ReportInterval | null;
  /** Gap to the reference group (this − reference) with interval; `null` for the reference group or when suppressed. */
  readonly gap: ReportInterval | null;
  /** Unadjusted p-value of the comparison with the reference; `null` when not computed. */
  readonly p: number | null;
  /** Multiplicity-adjusted p-value; `null` when not computed. */
  readonly pAdjusted: number | null;
  /** `true` when this is the reference group. */
  readonly reference: boolean;
  /** `worse` / `better` when the adjusted test is significant, otherwise `none`; `suppressed` when hidden. */
  readonly flag: 'worse' | 'better' | 'none' | 'suppressed';
}

/** Outcome disparities for one outcome by one characteristic. */
export interface Disparity {
  /** Outcome id (a primary outcome id or `swemwbs`). */
  readonly outcomeId: string;
  /** Outcome label. */
  readonly outcomeLabel: string;
  /** Characteristic id (`ethnicity`, `age`, …). */
  readonly characteristic: string;
  /** Characteristic label. */
  readonly characteristicLabel: string;
  /** Metric compared: `mean-change` or `proportion-improved`. */
  readonly metric: string;
  /** Groups, reference first. */
  readonly groups: ReadonlyArray<DisparityGroup>;
  /** Omnibus test across groups; `null` when not computed. */
  readonly omnibus: {
    /** Test name. */
    readonly method: string;
    /** Statistic. */
    readonly statistic: number;
    /** p-value. */
    readonly p: number;
  } | null;
  /** p-value adjustment method, e.g. `holm`. */
  readonly adjustment: string;
  /** How it was computed. */
  readonly basis: FigureBasis;
}

/** Equity: whether outcomes differ by group, plus the k-anonymity check of the published groupings. */
export interface EquitySection {
  /** One entry per outcome × characteristic examined. */
  readonly disparities: ReadonlyArray<Disparity>;
  /** Significant gaps found, in words (for the summary). */
  readonly findings: ReadonlyArray<string>;
  /** k-anonymity of the quasi-identifiers in the input. */
  readonly kAnonymity: {
    /** Quasi-identifier fields checked. */
    readonly quasiIdentifiers: ReadonlyArray<string>;
    /** The k required. */
    readonly k: number;
    /** Smallest equivalence-class size found (0 with no records). */
    readonly minClassSize: number;
    /** Number of equivalence classes smaller than k. */
    readonly classesBelowK: number;
    /** Number of records in classes smaller than k. */
    readonly recordsBelowK: number;
    /** Whether the input satisfies k-anonymity. */
    readonly satisfied: boolean;
  };
}

// ---------------------------------------------------------------------------------------------
// Social value
// ---------------------------------------------------------------------------------------------

/** One step of the social value waterfall (gross → … → present value). */
export interface WaterfallStep {
  /**
   * Step id, in this order: `gross`, `deadweight`, `displacement`, `attribution` (the SROI Guide's
   * order, as `socialvalue.valueOutcomes` applies them), `duration` (later years' value, only when
   * outcomes last more than a year), `drop-off`, `discounting`, `present-value`.
   */
  readonly step: 'gross' | 'deadweight' | 'displacement' | 'attribution' | 'duration' | 'drop-off' | 'discounting' | 'present-value';
  /** Label for the chart. */
  readonly label: string;
  /**
   * Change this step makes (negative for deductions). The `gross` step's delta equals its total; the
   * final `present-value` step has delta 0 and holds the result, so `total[k] = total[k-1] + delta[k]`.
   */
  readonly delta: number;
  /** Running total after the step. */
  readonly total: number;
  /** The adjustment rate applied (0–1), where the step is a rate. */
  readonly rate?: number;
  /** Where the rate comes from. */
  readonly source?: string;
}

/** One row of the sensitivity tornado. */
export interface TornadoBar {
  /** Parameter varied, e.g. `deadweight`. */
  readonly parameter: string;
  /** Label. */
  readonly label: string;
  /** Parameter value at the low end. */
  readonly lowInput: number;
  /** Parameter value at the high end. */
  readonly highInput: number;
  /** Result (net present value or SROI ratio: see `SocialValueSection.sensitivity.metric`) at the low input. */
  readonly lowResult: number;
  /** Result at the high input. */
  readonly highResult: number;
}

/** One valued outcome (a value-bank entry) in the social value table. */
export interface ValuedOutcomeRow {
  /** Value-bank entry id. */
  readonly id: string;
  /** Outcome label from the bank. */
  readonly label: string;
  /** Number of clients who achieved it (published count). */
  readonly count: ReportCount;
  /** Unit value (per person) at the report's price year. */
  readonly unitValue: number;
  /** Gross value; `null` when the count is suppressed (it would reveal the count). */
  readonly gross: number | null;
  /** Value after deadweight, displacement and attribution (year 1); `null` when the count is suppressed. */
  readonly net: number | null;
  /** Value type in the bank (e.g. `wellbeing`, `fiscal`, `economic`). */
  readonly valueType: string;
  /** Source of the unit value (bank and its citation). */
  readonly source: string;
}

/** Social value (HACT-style) and avoided costs, with sensitivity. Absent sections say why. */
export type SocialValueSection = SocialValueComputed | SocialValueNotComputed;

/** Social value could not be computed (no value bank given, or no outputs). */
export interface SocialValueNotComputed {
  /** Discriminant. */
  readonly computed: false;
  /** Why, e.g. `no value bank was given`. */
  readonly reason: string;
}

/** Computed social value. */
export interface SocialValueComputed {
  /** Discriminant. */
  readonly computed: true;
  /** Currency, `GBP`. */
  readonly currency: string;
  /** Price year all values are expressed in, e.g. `2023-24`. */
  readonly priceYear: string;
  /** Discount rate per year: the configured rate, or 0.035 for the Green Book schedule (3.5 % to year 30, then 3.0 %). */
  readonly discountRate: number;
  /** Valued outcomes. */
  readonly outcomes: ReadonlyArray<ValuedOutcomeRow>;
  /** Output ids in the records that the bank does not hold, with counts. */
  readonly unmatchedOutputs: ReadonlyArray<ExclusionCount>;
  /** Gross → present value waterfall. */
  readonly waterfall: ReadonlyArray<WaterfallStep>;
  /** Totals. */
  readonly totals: {
    /** Gross value. */
    readonly gross: number;
    /** Net value after adjustments, before discounting. */
    readonly net: number;
    /** Present value. */
    readonly presentValue: number;
  };
  /** Avoided costs to public agencies; `null` when not configured. */
  readonly avoidedCosts: {
    /** Total saving after deadweight and attribution (one year, undiscounted), £. */
    readonly total: number;
    /** Per agency. */
    readonly byAgency: ReadonlyArray<{
      /** Agency, e.g. `NHS`, `local authority`. */
      readonly agency: string;
      /** Amount. */
      readonly amount: number;
    }>;
    /** How it was computed. */
    readonly basis: FigureBasis;
  } | null;
  /** SROI ratio (present value ÷ investment); `null` when no investment was configured. */
  readonly sroi: {
    /** The ratio. */
    readonly ratio: number;
    /** Investment (input) the ratio divides by. */
    readonly investment: number;
    /** Net present value (PV − investment). */
    readonly npv: number;
  } | null;
  /** Sensitivity analysis: low/high per adjustment, for a tornado chart. */
  readonly sensitivity: {
    /** What the tornado shows: `present-value` or `sroi-ratio`. */
    readonly metric: string;
    /** Base-case result. */
    readonly base: number;
    /** Bars, largest swing first (at most 12; none for outcomes whose count is suppressed, as their swing would reveal it). */
    readonly bars: ReadonlyArray<TornadoBar>;
  };
  /** Adjustments applied, with their sources. */
  readonly adjustments: ReadonlyArray<{
    /** `deadweight`, `attribution`, `displacement` or `drop-off`. */
    readonly name: string;
    /** Rate 0–1. */
    readonly rate: number;
    /** Source of the rate. */
    readonly source: string;
  }>;
  /** How it was computed. */
  readonly basis: FigureBasis;
}

// ---------------------------------------------------------------------------------------------
// Data quality and caveats
// ---------------------------------------------------------------------------------------------

/** Data quality: issues and exclusions, by code and reason. */
export interface DataQualitySection {
  /** Records received. */
  readonly records: number;
  /** Readings received. */
  readonly readings: number;
  /** Issues found (by issue code) in the records, e.g. from parsing, passed in via config. */
  readonly issues: ReadonlyArray<ExclusionCount>;
  /** Everything excluded from any figure, by reason. */
  readonly exclusions: ReadonlyArray<ExclusionCount>;
  /** Completeness of key fields: share of records where the field is known (0–1). */
  readonly completeness: ReadonlyArray<{
    /** Field name. */
    readonly field: string;
    /** Share known (not absent, `not-known` or `prefer-not-to-say`). */
    readonly known: number;
  }>;
}

/** A caveat to print with the report. */
export interface ReportCaveat {
  /** Stable code, e.g. `not-causal`, `suppression`, `average-proxies`. */
  readonly code: string;
  /** Section it applies to (`change`, `socialValue`, …) or `report`. */
  readonly section: string;
  /** The caveat in plain text. */
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

/**
 * The complete report: metadata, a ten-line summary and one object per section. Plain JSON.
 */
export interface ReportModel {
  /** Metadata. */
  readonly meta: ReportMeta;
  /** Ten headline lines. */
  readonly summary: ReportSummary;
  /** Service reach. */
  readonly reach: ReachSection;
  /** Profile versus Census 2021. */
  readonly profile: ProfileSection;
  /** Change on Prevention First primary outcomes. */
  readonly change: ChangeSection;
  /** Wellbeing (SWEMWBS) change. */
  readonly wellbeing: WellbeingSection;
  /** Reliable change. */
  readonly reliableChange: ReliableChangeSection;
  /** Equity disparities. */
  readonly equity: EquitySection;
  /** Social value and avoided costs. */
  readonly socialValue: SocialValueSection;
  /** Data quality. */
  readonly dataQuality: DataQualitySection;
  /** Caveats. */
  readonly caveats: ReadonlyArray<ReportCaveat>;
}
