import type { InstrumentDefinition, InstrumentRegistry } from '../data/instruments';
import { InvalidInputError, ReferenceDataError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { finiteNumber, optionsObject } from '../_internal/validate';
import { checkRegistry, onScale, resolveInstrument, scaleText, stageOf } from './_internal/instruments';

/** Options of {@link journeyStage}. */
export interface JourneyStageOptions {
  /**
   * Instrument definitions of your own, keyed by id; they take precedence over the bundled ones.
   * @defaultValue the bundled registry (`social-outcomes/data/instruments`)
   */
  readonly instruments?: InstrumentRegistry;
}

/** Result of {@link journeyStage}. */
export interface JourneyStageResult {
  /** The instrument. */
  readonly instrumentId: string;
  /** The score looked up. */
  readonly score: number;
  /** 1-based stage number. */
  readonly index: number;
  /** Stage name as published. */
  readonly label: string;
  /** Lowest score of the stage. */
  readonly min: number;
  /** Highest score of the stage. */
  readonly max: number;
  /** Number of stages of the instrument. */
  readonly stageCount: number;
  /** Position of the stage from 0 (first) to 1 (last): (index − 1) / (stageCount − 1). */
  readonly position: number;
  /** Where the stage bands come from. */
  readonly source: string;
  /** `true` when the stage bands (not only their names) are verified in that source. */
  readonly verified: boolean;
}

const FN = 'journeyStage';

/**
 * The journey-of-change stage a Star score belongs to (for 10-point, 5-stage Stars: ceil(score / 2)).
 *
 * @remarks
 * Stages come from the instrument definition. On the Homelessness and Recovery Stars the five
 * stages cover two points each: Stuck 1–2, Accepting help 3–4, Believing 5–6, Learning 7–8,
 * Self-reliance 9–10; on 1–5 Stars (Well-being Star) the stage is the score. Reporting movement
 * between stages ("moved forward at least one stage") sidesteps the lack of published reliability
 * for Star areas. Instruments without published stages (Young Person's Star, Home Star, Carers
 * Wellbeing Check, WEMWBS) are refused.
 *
 * **Formula**
 * ```tex
 * \text{stage}(x) = \left\lceil x / 2 \right\rceil \text{ on a 1–10, 5-stage Star};\quad
 * \text{in general the } s \text{ with } \min_s \le x \le \max_s
 * ```
 *
 * **References** Triangle Consulting Social Enterprise, "The Star model of change",
 * https://www.outcomesstar.org.uk/star-model-of-change/ ; Homeless Link (2013) *Outcomes Star User
 * Guide*, 3rd ed. (stage bands); MacKeith J (2014) *Housing, Care and Support* (inter-rater
 * reliability reaches 0.8 on the five-stage scale, moderate on ten points).
 *
 * @param instrument - instrument id or definition
 * @param score - a score on the instrument's scale
 * @param options - a registry of your own definitions
 * @returns the stage, its band, its position and the source of the bands
 * @throws {ReferenceDataError} when the instrument is unknown or has no published stages
 * @throws {InvalidInputError} when the score is not a number on the instrument's scale
 * @example
 * ```ts
 * import { journeyStage } from 'social-outcomes/outcomes';
 * journeyStage('homelessness-star', 7) //=> { index: 4, label: 'Learning', min: 7, max: 8 }
 * journeyStage('wellbeing-star', 2).label //=> 'Finding out'
 * journeyStage('homelessness-star', 11) //=> throws InvalidInputError
 * journeyStage('young-persons-star', 4) //=> throws ReferenceDataError
 * ```
 */
export function journeyStage(instrument: string | InstrumentDefinition, score: number, options?: JourneyStageOptions): JourneyStageResult {
  const o = optionsObject(FN, options, ['instruments']);
  const def = resolveInstrument(FN, instrument, checkRegistry(FN, o.instruments), ['instrument']);
  if (def.stages.length === 0) {
    throw new ReferenceDataError({ code: 'missing-reference', message: `${FN} found no published journey-of-change stages for ${def.id} (supply a definition with stages in options.instruments)`, path: ['instrument'] });
  }
  const x = finiteNumber(FN, 'score', score, ['score']);
  if (def.scale !== null && !onScale(def.scale, x)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${FN} requires score to be on the ${def.id} scale ${scaleText(def.scale)} (got ${describeValue(x)})`, path: ['score'] });
  }
  const stage = stageOf(def.stages, x);
  if (stage === undefined) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${FN} found no ${def.id} stage containing score ${describeValue(x)}`, path: ['score'] });
  }
  const claims = def.provenance?.claims ?? [];
  const claim = claims.find((c) => c.field === 'stages') ?? claims.find((c) => c.field === 'stages.bands');
  const n = def.stages.length;
  return {
    instrumentId: def.id,
    score: x,
    index: stage.index,
    label: stage.label,
    min: stage.min,
    max: stage.max,
    stageCount: n,
    position: n === 1 ? 0 : (stage.index - 1) / (n - 1),
    source: claim?.source ?? 'not recorded',
    verified: claim?.verified ?? false,
  };
}
