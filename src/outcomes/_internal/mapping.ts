// Validation of primary-outcome mappings and the per-reading mapping computation shared by
// mapToPrimaryOutcomes and mapPairsToPrimaryOutcomes.
import type { InstrumentDefinition, InstrumentRegistry, InstrumentScale } from '../../data/instruments';
import { PRIMARY_OUTCOMES, TABLE3_MAPPING } from '../../data/preventionFirst';
import type { PrimaryOutcomeId, PrimaryOutcomeMapping } from '../../data/preventionFirst';
import { InvalidInputError, ReferenceDataError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { areaIndex, onScale, resolveInstrument, scaleOf, scaleText, stageOf } from './instruments';

const OUTCOME_IDS: ReadonlySet<string> = new Set(PRIMARY_OUTCOMES.map((o) => o.id));

/** How area scores are put on a common footing before aggregation. */
export type Rescale = 'proportion' | 'percent' | 'stage' | 'none';
/** How several areas feeding one outcome are combined. */
export type Aggregate = 'mean' | 'min' | 'max';
/** What to do when a mapped area has no score. */
export type MissingAreas = 'error' | 'skip' | 'use-available';

/** Settings of one mapping run, after validation. */
export interface MappingSettings {
  readonly fn: string;
  readonly mapping: PrimaryOutcomeMapping;
  readonly aggregate: Aggregate;
  readonly rescale: Rescale;
  readonly missingAreas: MissingAreas;
  readonly registry: InstrumentRegistry | undefined;
}

/** Checks a user mapping: every instrument known, every area in its instrument, every target a primary outcome. */
export function checkMapping(fn: string, mapping: unknown, registry: InstrumentRegistry | undefined): PrimaryOutcomeMapping {
  if (mapping === TABLE3_MAPPING) return TABLE3_MAPPING;
  const base: ErrorPath = ['options', 'mapping'];
  if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options.mapping to be an object {instrumentId: {areaId: outcomeId}} (got ${describeValue(mapping)})`, path: base });
  }
  for (const [instrumentId, byArea] of Object.entries(mapping)) {
    const instrument = resolveInstrument(fn, instrumentId, registry, [...base, instrumentId]);
    if (byArea === null || typeof byArea !== 'object' || Array.isArray(byArea)) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options.mapping[${JSON.stringify(instrumentId)}] to be an object {areaId: outcomeId} (got ${describeValue(byArea)})`, path: [...base, instrumentId] });
    }
    const areas = areaIndex(instrument);
    for (const [areaId, outcomeId] of Object.entries(byArea as Record<string, unknown>)) {
      if (!areas.has(areaId)) {
        throw new ReferenceDataError({
          code: 'unknown-area-id',
          message: `${fn} found area ${describeValue(areaId)} in options.mapping, but ${instrument.id} has no such area (areas: ${[...areas.keys()].join(', ')})`,
          path: [...base, instrumentId, areaId],
        });
      }
      if (typeof outcomeId !== 'string' || !OUTCOME_IDS.has(outcomeId)) {
        throw new ReferenceDataError({
          code: 'unknown-reference',
          message: `${fn} found target ${describeValue(outcomeId)} for ${instrument.id}.${areaId} in options.mapping, which is not a Prevention First primary outcome (outcomes: ${[...OUTCOME_IDS].join(', ')})`,
          path: [...base, instrumentId, areaId],
        });
      }
    }
  }
  return mapping as PrimaryOutcomeMapping;
}

/** One outcome's result for one set of area scores. */
export interface OutcomeScore {
  readonly outcomeId: PrimaryOutcomeId;
  readonly score: number | null;
  readonly status: 'scored' | 'unmapped' | 'missing';
  readonly areaIds: string[];
  readonly areasUsed: string[];
  readonly higherIsBetter: boolean;
}

/** One outcome of a prepared instrument. */
interface PreparedOutcome {
  readonly outcomeId: PrimaryOutcomeId;
  readonly areaIds: ReadonlyArray<string>;
  /** The mapped areas run in opposite directions. */
  readonly mixed: boolean;
  /** Direction of the mapped areas (true when none or mixed). */
  readonly higherIsBetter: boolean;
}

/** A prepared instrument: its areas grouped by outcome, with the scale of each area. */
export interface PreparedInstrument {
  readonly instrument: InstrumentDefinition;
  readonly scales: ReadonlyMap<string, InstrumentScale>;
  readonly outcomes: ReadonlyArray<PreparedOutcome>;
  readonly mappedAreas: ReadonlySet<string>;
}

/** Groups the instrument's mapped areas by outcome (in the instrument's area order) and resolves scales. */
export function prepareInstrument(s: MappingSettings, instrument: InstrumentDefinition, scaleOverride: InstrumentScale | undefined, path: ErrorPath): PreparedInstrument {
  const byArea = Object.hasOwn(s.mapping, instrument.id) ? s.mapping[instrument.id] : undefined;
  const byOutcome = new Map<PrimaryOutcomeId, string[]>();
  const scales = new Map<string, InstrumentScale>();
  for (const area of instrument.areas) {
    scales.set(area.id, scaleOf(s.fn, instrument, area, scaleOverride, path));
    const target = byArea !== undefined && Object.hasOwn(byArea, area.id) ? byArea[area.id] : undefined;
    if (target === undefined) continue;
    const list = byOutcome.get(target);
    if (list) list.push(area.id);
    else byOutcome.set(target, [area.id]);
  }
  if (s.rescale === 'stage' && instrument.stages.length < 2) {
    throw new ReferenceDataError({ code: 'missing-reference', message: `${s.fn} cannot rescale ${instrument.id} by journey stage: it has no published stages (use rescale 'proportion')`, path: ['options', 'rescale'] });
  }
  const outcomes = PRIMARY_OUTCOMES.map((o): PreparedOutcome => {
    const areaIds = byOutcome.get(o.id) ?? [];
    const directions = new Set(areaIds.map((a) => (scales.get(a) as InstrumentScale).higherIsBetter));
    return { outcomeId: o.id, areaIds, mixed: directions.size > 1, higherIsBetter: directions.size === 1 ? (directions.values().next().value as boolean) : true };
  });
  return { instrument, scales, outcomes, mappedAreas: new Set([...byOutcome.values()].flat()) };
}

/** Checks area scores against the instrument (known areas, values on scale); returns the validated entries. */
export function checkAreaScores(fn: string, prep: PreparedInstrument, scores: unknown, path: ErrorPath): ReadonlyMap<string, number> {
  if (scores === null || typeof scores !== 'object' || Array.isArray(scores)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires area scores to be an object {areaId: score} (got ${describeValue(scores)})`, path });
  }
  const out = new Map<string, number>();
  for (const [areaId, value] of Object.entries(scores as Record<string, unknown>)) {
    const scale = prep.scales.get(areaId);
    if (scale === undefined) {
      throw new ReferenceDataError({ code: 'unknown-area-id', message: `${fn} found area ${describeValue(areaId)}, but ${prep.instrument.id} has no such area (areas: ${prep.instrument.areas.map((a) => a.id).join(', ')})`, path: [...path, areaId] });
    }
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires the score of ${prep.instrument.id}.${areaId} to be a number (got ${describeValue(value)})`, path: [...path, areaId] });
    }
    if (!onScale(scale, value)) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires the score of ${prep.instrument.id}.${areaId} to be on its scale ${scaleText(scale)} (got ${describeValue(value)})`, path: [...path, areaId] });
    }
    out.set(areaId, value);
  }
  return out;
}

/** Rescales one area score. */
function rescaleScore(s: MappingSettings, prep: PreparedInstrument, areaId: string, x: number): number {
  const scale = prep.scales.get(areaId) as InstrumentScale;
  switch (s.rescale) {
    case 'none':
      return x;
    case 'stage': {
      const stages = prep.instrument.stages;
      const stage = stageOf(stages, x);
      if (stage === undefined) {
        throw new InvalidInputError({ code: 'out-of-range', message: `${s.fn} found score ${x} of ${prep.instrument.id}.${areaId} outside every journey stage`, path: ['areaScores', areaId] });
      }
      const p = (stage.index - 1) / (stages.length - 1);
      return scale.higherIsBetter ? p : 1 - p;
    }
    default: {
      const p = (x - scale.min) / (scale.max - scale.min);
      const q = scale.higherIsBetter ? p : 1 - p;
      return s.rescale === 'percent' ? 100 * q : q;
    }
  }
}

/** Maps one set of validated area scores to the primary outcomes, in PRIMARY_OUTCOMES order. */
export function mapScores(s: MappingSettings, prep: PreparedInstrument, scores: ReadonlyMap<string, number>, path: ErrorPath): OutcomeScore[] {
  const out: OutcomeScore[] = [];
  for (const o of prep.outcomes) {
    const { outcomeId, areaIds } = o;
    const higherIsBetter = s.rescale === 'none' ? o.higherIsBetter : true;
    if (areaIds.length === 0) {
      out.push({ outcomeId, score: null, status: 'unmapped', areaIds: [], areasUsed: [], higherIsBetter });
      continue;
    }
    if (s.rescale === 'none' && o.mixed) {
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${s.fn} cannot aggregate ${prep.instrument.id} areas ${areaIds.join(', ')} into ${outcomeId} without rescaling: they run in opposite directions (use rescale 'proportion')`,
        path: ['options', 'rescale'],
      });
    }
    const present: string[] = [];
    for (const a of areaIds) if (scores.has(a)) present.push(a);
    if (present.length < areaIds.length && s.missingAreas === 'error') {
      const absent = areaIds.filter((a) => !scores.has(a));
      throw new InvalidInputError({
        code: 'invalid-record',
        message: `${s.fn} requires a score for every area mapped to ${outcomeId} (missing ${absent.join(', ')} of ${prep.instrument.id}; set missingAreas to 'skip' or 'use-available')`,
        path: [...path, absent[0] as string],
      });
    }
    if (present.length === 0 || (present.length < areaIds.length && s.missingAreas === 'skip')) {
      out.push({ outcomeId, score: null, status: 'missing', areaIds: [...areaIds], areasUsed: [], higherIsBetter });
      continue;
    }
    let acc = s.aggregate === 'min' ? Number.POSITIVE_INFINITY : s.aggregate === 'max' ? Number.NEGATIVE_INFINITY : 0;
    for (const a of present) {
      const v = rescaleScore(s, prep, a, scores.get(a) as number);
      if (s.aggregate === 'min') acc = Math.min(acc, v);
      else if (s.aggregate === 'max') acc = Math.max(acc, v);
      else acc += v;
    }
    const score = s.aggregate === 'mean' ? acc / present.length : acc;
    out.push({ outcomeId, score, status: 'scored', areaIds: [...areaIds], areasUsed: present, higherIsBetter });
  }
  return out;
}
