import type { InstrumentDefinition, InstrumentRegistry, InstrumentScale } from '../data/instruments';
import { PRIMARY_OUTCOMES, TABLE3_MAPPING } from '../data/preventionFirst';
import type { PrimaryOutcomeId, PrimaryOutcomeMapping } from '../data/preventionFirst';
import { oneOf, optionsObject } from '../_internal/validate';
import { checkRegistry, checkScale, resolveInstrument } from './_internal/instruments';
import { checkAreaScores, checkMapping, mapScores, prepareInstrument, type MappingSettings } from './_internal/mapping';

/** Options of {@link mapToPrimaryOutcomes}. */
export interface MapToPrimaryOutcomesOptions {
  /**
   * How the areas feeding one outcome are combined: their `mean`, the weakest (`min`) or the
   * strongest (`max`). The review does not say (Table 3 is many-to-one), so the rule is explicit.
   * With `rescale: 'none'`, `min`/`max` are numeric (for a lower-is-better area the numeric max is
   * the worst).
   * @defaultValue 'mean'
   */
  readonly aggregate?: 'mean' | 'min' | 'max';
  /**
   * Which areas feed which outcome: `mapping[instrumentId][areaId] = outcomeId`. Checked in full:
   * every instrument must be known, every area must exist in its instrument and every target must
   * be a primary outcome, else a `ReferenceDataError` names the culprit.
   * @defaultValue TABLE3_MAPPING (the review's Table 3)
   */
  readonly mapping?: PrimaryOutcomeMapping;
  /**
   * How area scores are put on a common footing before aggregation, so Stars on 1–5 and 1–10
   * scales (and wellbeing scales) compare:
   * - `proportion`: (x − min) / (max − min), reversed for lower-is-better areas, so 0 is the worst
   *   and 1 the best point of the scale;
   * - `percent`: 100 × proportion;
   * - `stage`: (stage − 1) / (number of stages − 1), the position of the score's journey-of-change
   *   stage (a 1–10 Star's score 5 and a 1–5 Star's score 3 both give 0.5);
   * - `none`: the instrument's own units.
   * @defaultValue 'proportion'
   */
  readonly rescale?: 'proportion' | 'percent' | 'stage' | 'none';
  /**
   * What to do when an area mapped to an outcome has no score: `error` throws; `skip` leaves that
   * outcome `null` (listed in `missing`); `use-available` aggregates the areas that are present
   * (`null` and listed in `missing` only when none is).
   * @defaultValue 'error'
   */
  readonly missingAreas?: 'error' | 'skip' | 'use-available';
  /**
   * The scale of the instrument's scores when the definition has none (the Carers Wellbeing Check)
   * or when yours differs from the bundled one. Areas with their own scale keep it.
   * @defaultValue the instrument's scale
   */
  readonly scale?: InstrumentScale;
  /**
   * Instrument definitions of your own, keyed by id; they take precedence over the bundled ones.
   * @defaultValue the bundled registry (`social-outcomes/data/instruments`)
   */
  readonly instruments?: InstrumentRegistry;
}

/** One primary outcome's score in a {@link MapToPrimaryOutcomesResult}. */
export interface PrimaryOutcomeScore {
  /** The primary outcome. */
  readonly outcomeId: PrimaryOutcomeId;
  /** Its name as in Table 3. */
  readonly name: string;
  /** The aggregated (and rescaled) score, or `null` when `status` is not `scored`. */
  readonly score: number | null;
  /** `scored`; `unmapped` (the instrument has no area for this outcome); `missing` (mapped areas lack scores). */
  readonly status: 'scored' | 'unmapped' | 'missing';
  /** Areas mapped to the outcome, in the instrument's order. */
  readonly areaIds: ReadonlyArray<string>;
  /** Areas whose scores entered `score`. */
  readonly areasUsed: ReadonlyArray<string>;
  /** Direction of `score`: always `true` once rescaled; the areas' direction with `rescale: 'none'`. */
  readonly higherIsBetter: boolean;
}

/** Result of {@link mapToPrimaryOutcomes}. */
export interface MapToPrimaryOutcomesResult {
  /** The instrument the scores belong to. */
  readonly instrumentId: string;
  /** Aggregation rule used. */
  readonly aggregate: 'mean' | 'min' | 'max';
  /** Rescaling used. */
  readonly rescale: 'proportion' | 'percent' | 'stage' | 'none';
  /** `table3` when the review's mapping was used, `user` otherwise. */
  readonly mapping: 'table3' | 'user';
  /** Range and direction of the scores: [0, 1] or [0, 100] once rescaled, the instrument's scale with `none`. */
  readonly scale: {
    /** Lowest score of the scale. */
    readonly min: number;
    /** Highest score of the scale. */
    readonly max: number;
    /** `true` when a higher score is better. */
    readonly higherIsBetter: boolean;
  };
  /** Whether the instrument's scale came from its definition or from `options.scale`. */
  readonly scaleSource: 'instrument' | 'options';
  /** Score per primary outcome (`null` where not scored), keyed by outcome id. */
  readonly scores: Readonly<Record<PrimaryOutcomeId, number | null>>;
  /** Every primary outcome, in Table 3 order, with its status and the areas used. */
  readonly outcomes: ReadonlyArray<PrimaryOutcomeScore>;
  /** Outcomes the instrument has no mapped area for. */
  readonly unmapped: ReadonlyArray<PrimaryOutcomeId>;
  /** Outcomes whose mapped areas lacked scores (only with `missingAreas` `skip` or `use-available`). */
  readonly missing: ReadonlyArray<PrimaryOutcomeId>;
  /** Scored areas that feed no primary outcome (e.g. Offending), for information. */
  readonly unmappedAreas: ReadonlyArray<string>;
}

const FN = 'mapToPrimaryOutcomes';
const NAMES: Readonly<Record<string, string>> = Object.fromEntries(PRIMARY_OUTCOMES.map((o) => [o.id, o.name]));

/**
 * Turns one reading's area scores into a score per Prevention First primary outcome, using the
 * review's Table 3 (or a mapping of your own).
 *
 * @remarks
 * Each area score is first rescaled (default: to the proportion of its scale range, best = 1), then
 * the areas mapped to an outcome are aggregated (default: mean). An outcome the instrument has no
 * area for is `null` and listed in `unmapped` — e.g. "Carers feeling supported" for the Homelessness
 * Star, and every outcome for instruments outside Table 3 (Home Star, Recovery Star, WEMWBS) unless
 * you pass a mapping.
 *
 * **Formula**
 * ```tex
 * p_a = \frac{x_a - \min}{\max - \min}\ (\text{or } 1 - p_a \text{ if lower is better}),\qquad
 * y_o = \operatorname{agg}_{a \in A(o)} p_a,\quad \operatorname{agg} \in \{\text{mean}, \min, \max\}
 * ```
 *
 * **References**
 * Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (2022) *Birmingham City Council's Adult Social
 * Care Prevention Portfolio – Review of the Performance Evaluation Framework*, section 7.3.1, Table 3.
 * Rescaling and aggregation are this library's documented choices (the review is silent:
 * measures.md §1.3). Triangle (2016) *The Outcomes Star: Guidelines for Researchers*: Star data are
 * ordinal; prefer `rescale: 'stage'` or non-parametric summaries when that matters.
 *
 * @param instrument - instrument id (e.g. `homelessness-star`) or a definition of your own
 * @param areaScores - one reading's scores keyed by area id, each on the instrument's scale
 * @param options - aggregation, mapping, rescaling, missing-area rule, scale and instruments
 * @returns a score per primary outcome, with the outcomes left unmapped or missing
 * @throws {ReferenceDataError} when the instrument, an area, or a mapping target is unknown, or the
 *   instrument's scale is unknown and not supplied (Carers Wellbeing Check)
 * @throws {InvalidInputError} when a score is not a number or off the scale, an option is invalid,
 *   or a mapped area lacks a score under `missingAreas: 'error'`
 * @example
 * ```ts
 * import { mapToPrimaryOutcomes } from 'social-outcomes/outcomes';
 * const r = mapToPrimaryOutcomes('homelessness-star', { 'managing-money': 4, 'physical-health': 7, 'emotional-mental-health': 3, 'social-networks': 5, 'managing-tenancy': 10 });
 * r.scores['health-and-well-being'] //=> 0.4444
 * r.scores['independence-in-housing'] //=> 1
 * r.unmapped //=> ['carers-feeling-supported']
 * mapToPrimaryOutcomes('carers-wellbeing-check', { home: 3 }) //=> throws ReferenceDataError
 * mapToPrimaryOutcomes('carers-wellbeing-check', { home: 3 }, { scale: { min: 1, max: 5, step: 1, higherIsBetter: true }, missingAreas: 'skip' }).scores['independence-in-housing'] //=> 0.5
 * ```
 */
export function mapToPrimaryOutcomes(
  instrument: string | InstrumentDefinition,
  areaScores: Readonly<Record<string, number>>,
  options?: MapToPrimaryOutcomesOptions,
): MapToPrimaryOutcomesResult {
  const o = optionsObject(FN, options, ['aggregate', 'mapping', 'rescale', 'missingAreas', 'scale', 'instruments']);
  const userRegistry = checkRegistry(FN, o.instruments);
  const def = resolveInstrument(FN, instrument, userRegistry, ['instrument']);
  // A definition passed directly counts as known when the mapping is checked.
  const registry = typeof instrument === 'string' ? userRegistry : { ...userRegistry, [def.id]: def };
  const settings: MappingSettings = {
    fn: FN,
    aggregate: oneOf(FN, 'aggregate', o.aggregate === undefined ? 'mean' : o.aggregate, ['mean', 'min', 'max']),
    rescale: oneOf(FN, 'rescale', o.rescale === undefined ? 'proportion' : o.rescale, ['proportion', 'percent', 'stage', 'none']),
    missingAreas: oneOf(FN, 'missingAreas', o.missingAreas === undefined ? 'error' : o.missingAreas, ['error', 'skip', 'use-available']),
    mapping: checkMapping(FN, o.mapping === undefined ? TABLE3_MAPPING : o.mapping, registry),
    registry,
  };
  const override = o.scale === undefined ? undefined : checkScale(FN, o.scale, ['options', 'scale']);
  const prep = prepareInstrument(settings, def, override, ['instrument']);
  const scores = checkAreaScores(FN, prep, areaScores, ['areaScores']);
  const mapped = mapScores(settings, prep, scores, ['areaScores']);

  const own = override ?? def.scale ?? (prep.scales.get(def.areas[0]?.id ?? '') as InstrumentScale);
  const scale =
    settings.rescale === 'none'
      ? { min: own.min, max: own.max, higherIsBetter: own.higherIsBetter }
      : { min: 0, max: settings.rescale === 'percent' ? 100 : 1, higherIsBetter: true };
  const byId: Partial<Record<PrimaryOutcomeId, number | null>> = {};
  for (const m of mapped) byId[m.outcomeId] = m.score;
  return {
    instrumentId: def.id,
    aggregate: settings.aggregate,
    rescale: settings.rescale,
    mapping: settings.mapping === TABLE3_MAPPING ? 'table3' : 'user',
    scale,
    scaleSource: override === undefined ? 'instrument' : 'options',
    scores: byId as Record<PrimaryOutcomeId, number | null>,
    outcomes: mapped.map((m) => ({
      outcomeId: m.outcomeId,
      name: NAMES[m.outcomeId] as string,
      score: m.score,
      status: m.status,
      areaIds: m.areaIds,
      areasUsed: m.areasUsed,
      higherIsBetter: m.higherIsBetter,
    })),
    unmapped: mapped.filter((m) => m.status === 'unmapped').map((m) => m.outcomeId),
    missing: mapped.filter((m) => m.status === 'missing').map((m) => m.outcomeId),
    unmappedAreas: [...scores.keys()].filter((a) => !prep.mappedAreas.has(a)),
  };
}
