import type { InstrumentRegistry } from '../data/instruments';
import { PRIMARY_OUTCOMES, TABLE3_MAPPING } from '../data/preventionFirst';
import type { PrimaryOutcomeId, PrimaryOutcomeMapping } from '../data/preventionFirst';
import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { oneOf, optionsObject } from '../_internal/validate';
import { checkRegistry, resolveInstrument } from './_internal/instruments';
import { checkAreaScores, checkMapping, mapScores, prepareInstrument, type MappingSettings, type PreparedInstrument } from './_internal/mapping';

/** Options of {@link mapPairsToPrimaryOutcomes} (as for `mapToPrimaryOutcomes`, without `scale`). */
export interface MapPairsToPrimaryOutcomesOptions {
  /**
   * How the areas feeding one outcome are combined.
   * @defaultValue 'mean'
   */
  readonly aggregate?: 'mean' | 'min' | 'max';
  /**
   * Which areas feed which outcome: `mapping[instrumentId][areaId] = outcomeId`, checked in full.
   * @defaultValue TABLE3_MAPPING (the review's Table 3)
   */
  readonly mapping?: PrimaryOutcomeMapping;
  /**
   * How area scores are put on a common footing (see `mapToPrimaryOutcomes`).
   * @defaultValue 'proportion'
   */
  readonly rescale?: 'proportion' | 'percent' | 'stage' | 'none';
  /**
   * A mapped area without a score in the baseline or the follow-up: `error` throws; `skip` leaves
   * the outcome out for that pair (counted in `missing`); `use-available` uses the mapped areas
   * scored in **both** readings, so baseline and follow-up always combine the same areas.
   * @defaultValue 'error'
   */
  readonly missingAreas?: 'error' | 'skip' | 'use-available';
  /**
   * Instrument definitions of your own, keyed by id (e.g. the Carers Wellbeing Check with its scale).
   * @defaultValue the bundled registry
   */
  readonly instruments?: InstrumentRegistry;
}

/** The minimal shape of a pair (a `ReadingPair` from `pairReadings` fits). */
export interface PairToMap {
  /** The client. */
  readonly clientId: string;
  /** The instrument. */
  readonly instrumentId: string;
  /** Baseline reading: its date and area scores. */
  readonly baseline: {
    /** Date of the baseline reading, ISO `YYYY-MM-DD`. */
    readonly date: string;
    /** Scores of the baseline reading by area id. */
    readonly scores: Readonly<Record<string, number>>;
  };
  /** Follow-up reading: its date and area scores. */
  readonly followUp: {
    /** Date of the follow-up reading, ISO `YYYY-MM-DD`. */
    readonly date: string;
    /** Scores of the follow-up reading by area id. */
    readonly scores: Readonly<Record<string, number>>;
  };
  /** Calendar days from baseline to follow-up. */
  readonly daysApart: number;
}

/** One client × instrument × primary outcome pre–post row (long form). */
export interface PrimaryOutcomePair {
  /** The client. */
  readonly clientId: string;
  /** The instrument. */
  readonly instrumentId: string;
  /** The primary outcome. */
  readonly outcomeId: PrimaryOutcomeId;
  /** Baseline outcome score (rescaled). */
  readonly pre: number;
  /** Follow-up outcome score (rescaled). */
  readonly post: number;
  /** post − pre; positive is better once rescaled. */
  readonly change: number;
  /** Calendar days from baseline to follow-up. */
  readonly daysApart: number;
  /** Baseline date. */
  readonly baselineDate: string;
  /** Follow-up date. */
  readonly followUpDate: string;
  /** Areas combined (the same for pre and post). */
  readonly areasUsed: ReadonlyArray<string>;
  /** Direction of pre/post: `true` once rescaled. */
  readonly higherIsBetter: boolean;
}

/** Result of {@link mapPairsToPrimaryOutcomes}. */
export interface MapPairsToPrimaryOutcomesResult {
  /** Aggregation rule used. */
  readonly aggregate: 'mean' | 'min' | 'max';
  /** Rescaling used. */
  readonly rescale: 'proportion' | 'percent' | 'stage' | 'none';
  /** `table3` or `user`. */
  readonly mapping: 'table3' | 'user';
  /** Long-form rows, in pair order then Table 3 order: the input of `change` summaries by outcome. */
  readonly rows: ReadonlyArray<PrimaryOutcomePair>;
  /** Number of input pairs. */
  readonly nPairs: number;
  /** Pairs × outcomes with no mapped area, per outcome (every outcome present). */
  readonly unmapped: Readonly<Record<PrimaryOutcomeId, number>>;
  /** Pairs × outcomes skipped for missing area scores, per outcome (every outcome present). */
  readonly missing: Readonly<Record<PrimaryOutcomeId, number>>;
}

const FN = 'mapPairsToPrimaryOutcomes';

/**
 * Maps baseline/follow-up pairs to the Prevention First primary outcomes, giving one long-form
 * pre–post row per client, instrument and outcome.
 *
 * @remarks
 * The bridge between `pairReadings` and the `change` module: each pair's baseline and follow-up
 * are mapped with the same rules as `mapToPrimaryOutcomes` (default: Table 3, proportion of the
 * scale range, mean of areas), always over the same set of areas, so `change` compares like with
 * like. Rows are not produced for outcomes an instrument does not map (counted in `unmapped`) or,
 * with `missingAreas: 'skip'`, lacks scores for (counted in `missing`); every pair × outcome is
 * accounted for: `rows.length + Σ unmapped + Σ missing = nPairs × 5`.
 *
 * **Formula**
 * ```tex
 * \text{pre}_o = \operatorname{agg}_{a \in A_o} p_a(\text{baseline}),\quad
 * \text{post}_o = \operatorname{agg}_{a \in A_o} p_a(\text{follow-up}),\quad \text{change} = \text{post}_o - \text{pre}_o
 * ```
 *
 * **References** Hopley R et al. (2022) Birmingham Prevention Portfolio review, section 7.3.1,
 * Table 3, and section 6.4 (repeated individual measurements as change scores; change is not
 * causal impact).
 *
 * @param pairs - pairs from `pairReadings` (or objects of the same shape)
 * @param options - aggregation, mapping, rescaling, missing-area rule and instruments
 * @returns long-form rows and the counts of pair × outcome combinations without a row
 * @throws {ReferenceDataError} when an instrument, area or mapping target is unknown, or an
 *   instrument's scale must be supplied
 * @throws {InvalidInputError} when pairs is not an array of pairs, a score is off the scale, or a
 *   mapped area lacks a score under `missingAreas: 'error'`
 * @example
 * ```ts
 * import { mapPairsToPrimaryOutcomes } from 'social-outcomes/outcomes';
 * const pair = { clientId: 'A', instrumentId: 'empowerment-star', daysApart: 180,
 *   baseline: { date: '2023-01-01', scores: { money: 2, 'work-learning': 4, accommodation: 3 } },
 *   followUp: { date: '2023-06-30', scores: { money: 5, 'work-learning': 4, accommodation: 7 } } };
 * const r = mapPairsToPrimaryOutcomes([pair], { missingAreas: 'skip' });
 * r.rows.map((x) => [x.outcomeId, x.change]) //=> [['economic-well-being', 0.1667], ['independence-in-housing', 0.4444]]
 * r.missing //=> { 'health-and-well-being': 1, 'social-participation': 1 }
 * r.unmapped //=> { 'carers-feeling-supported': 1 }
 * ```
 */
export function mapPairsToPrimaryOutcomes(pairs: ReadonlyArray<PairToMap>, options?: MapPairsToPrimaryOutcomesOptions): MapPairsToPrimaryOutcomesResult {
  const o = optionsObject(FN, options, ['aggregate', 'mapping', 'rescale', 'missingAreas', 'instruments']);
  const registry = checkRegistry(FN, o.instruments);
  const settings: MappingSettings = {
    fn: FN,
    aggregate: oneOf(FN, 'aggregate', o.aggregate === undefined ? 'mean' : o.aggregate, ['mean', 'min', 'max']),
    rescale: oneOf(FN, 'rescale', o.rescale === undefined ? 'proportion' : o.rescale, ['proportion', 'percent', 'stage', 'none']),
    missingAreas: oneOf(FN, 'missingAreas', o.missingAreas === undefined ? 'error' : o.missingAreas, ['error', 'skip', 'use-available']),
    mapping: checkMapping(FN, o.mapping === undefined ? TABLE3_MAPPING : o.mapping, registry),
    registry,
  };
  if (!Array.isArray(pairs)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${FN} requires pairs to be an array (got ${describeValue(pairs)})`, path: ['pairs'] });
  }
  const prepared = new Map<string, PreparedInstrument>();
  const zero = (): Record<PrimaryOutcomeId, number> => Object.fromEntries(PRIMARY_OUTCOMES.map((p) => [p.id, 0])) as Record<PrimaryOutcomeId, number>;
  const unmapped = zero();
  const missing = zero();
  const rows: PrimaryOutcomePair[] = [];

  for (let i = 0; i < pairs.length; i++) {
    const p: unknown = i in pairs ? pairs[i] : undefined;
    const path = ['pairs', i];
    if (p === null || typeof p !== 'object') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${FN} requires each pair to be an object (got ${describeValue(p)})`, path });
    }
    const { clientId, instrumentId, baseline, followUp, daysApart } = p as Record<string, unknown>;
    if (typeof clientId !== 'string' || typeof instrumentId !== 'string') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${FN} requires clientId and instrumentId strings in each pair (got ${describeValue(clientId)}, ${describeValue(instrumentId)})`, path });
    }
    const b = baseline as { date?: unknown; scores?: unknown } | null | undefined;
    const f = followUp as { date?: unknown; scores?: unknown } | null | undefined;
    if (b === null || typeof b !== 'object' || f === null || typeof f !== 'object' || typeof b.date !== 'string' || typeof f.date !== 'string') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${FN} requires baseline and followUp readings with a date and scores for client ${JSON.stringify(clientId)}`, path });
    }
    if (typeof daysApart !== 'number' || !Number.isFinite(daysApart)) {
      throw new InvalidInputError({ code: 'not-a-number', message: `${FN} requires daysApart to be a finite number (got ${describeValue(daysApart)}) for client ${JSON.stringify(clientId)}`, path: [...path, 'daysApart'] });
    }
    let prep = prepared.get(instrumentId);
    if (prep === undefined) {
      prep = prepareInstrument(settings, resolveInstrument(FN, instrumentId, registry, [...path, 'instrumentId']), undefined, [...path, 'instrumentId']);
      prepared.set(instrumentId, prep);
    }
    let pre = checkAreaScores(FN, prep, b.scores, [...path, 'baseline', 'scores']);
    let post = checkAreaScores(FN, prep, f.scores, [...path, 'followUp', 'scores']);
    if (settings.missingAreas === 'use-available') {
      pre = new Map([...pre].filter(([a]) => post.has(a)));
      post = new Map([...post].filter(([a]) => pre.has(a)));
    }
    const mPre = mapScores(settings, prep, pre, [...path, 'baseline', 'scores']);
    const mPost = mapScores(settings, prep, post, [...path, 'followUp', 'scores']);
    for (let k = 0; k < mPre.length; k++) {
      const x = mPre[k] as (typeof mPre)[number];
      const y = mPost[k] as (typeof mPost)[number];
      if (x.status === 'unmapped') {
        unmapped[x.outcomeId] += 1;
        continue;
      }
      if (x.score === null || y.score === null) {
        missing[x.outcomeId] += 1;
        continue;
      }
      rows.push({
        clientId,
        instrumentId,
        outcomeId: x.outcomeId,
        pre: x.score,
        post: y.score,
        change: y.score - x.score,
        daysApart,
        baselineDate: b.date,
        followUpDate: f.date,
        areasUsed: x.areasUsed,
        higherIsBetter: x.higherIsBetter,
      });
    }
  }
  return {
    aggregate: settings.aggregate,
    rescale: settings.rescale,
    mapping: settings.mapping === TABLE3_MAPPING ? 'table3' : 'user',
    rows,
    nPairs: pairs.length,
    unmapped,
    missing,
  };
}
