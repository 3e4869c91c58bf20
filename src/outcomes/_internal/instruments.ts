// Instrument look-up and validation shared by the outcomes functions.
import { INSTRUMENTS } from '../../data/instruments';
import type { InstrumentArea, InstrumentDefinition, InstrumentRegistry, InstrumentScale, JourneyStage } from '../../data/instruments';
import { InvalidInputError, ReferenceDataError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';

const BUNDLED: ReadonlySet<InstrumentDefinition> = new Set(Object.values(INSTRUMENTS));
const BUNDLED_BY_ID: Readonly<Record<string, InstrumentDefinition>> = INSTRUMENTS;

/** Relative tolerance used to decide whether a number sits on a scale point. */
const GRID_TOL = 1e-9;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function invalidReference(fn: string, message: string, path: ErrorPath): never {
  throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} ${message}`, path });
}

/** Checks a scale object; returns it. */
export function checkScale(fn: string, scale: unknown, path: ErrorPath): InstrumentScale {
  if (!isPlainObject(scale)) invalidReference(fn, `requires a scale object {min, max, step, higherIsBetter} (got ${describeValue(scale)})`, path);
  const { min, max, step, higherIsBetter, values } = scale;
  if (typeof min !== 'number' || !Number.isFinite(min)) invalidReference(fn, `requires scale.min to be a finite number (got ${describeValue(min)})`, [...path, 'min']);
  if (typeof max !== 'number' || !Number.isFinite(max) || max <= min) invalidReference(fn, `requires scale.max to be a finite number above min ${min} (got ${describeValue(max)})`, [...path, 'max']);
  if (typeof higherIsBetter !== 'boolean') invalidReference(fn, `requires scale.higherIsBetter to be true or false (got ${describeValue(higherIsBetter)})`, [...path, 'higherIsBetter']);
  if (step === null) {
    if (!Array.isArray(values) || values.length < 2) invalidReference(fn, 'requires scale.values (at least two possible scores) when scale.step is null', [...path, 'values']);
    let prev = Number.NEGATIVE_INFINITY;
    values.forEach((v: unknown, i: number) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= prev || v < min || v > max) {
        invalidReference(fn, `requires scale.values to be increasing numbers within [${min}, ${max}] (got ${describeValue(v)})`, [...path, 'values', i]);
      }
      prev = v;
    });
  } else {
    if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0) invalidReference(fn, `requires scale.step to be a positive number or null (got ${describeValue(step)})`, [...path, 'step']);
    const k = (max - min) / step;
    if (Math.abs(k - Math.round(k)) > GRID_TOL * Math.max(1, k)) invalidReference(fn, `requires scale.max − scale.min to be a whole number of steps (got ${max} − ${min} with step ${step})`, [...path, 'step']);
  }
  return scale as unknown as InstrumentScale;
}

/** Validates a user-supplied instrument definition (bundled ones are trusted: the test suite checks them). */
export function checkInstrument(fn: string, def: unknown, path: ErrorPath): InstrumentDefinition {
  if (BUNDLED.has(def as InstrumentDefinition)) return def as InstrumentDefinition;
  if (!isPlainObject(def)) invalidReference(fn, `requires an instrument definition object (got ${describeValue(def)})`, path);
  if (typeof def.id !== 'string' || def.id === '') invalidReference(fn, `requires instrument.id to be a non-empty string (got ${describeValue(def.id)})`, [...path, 'id']);
  const scale = def.scale === null ? null : checkScale(fn, def.scale, [...path, 'scale']);
  if (!Array.isArray(def.areas) || def.areas.length === 0) invalidReference(fn, `requires instrument ${def.id} to list its areas (got ${describeValue(def.areas)})`, [...path, 'areas']);
  const seen = new Set<string>();
  def.areas.forEach((a: unknown, i: number) => {
    if (!isPlainObject(a) || typeof a.id !== 'string' || a.id === '' || typeof a.name !== 'string') {
      invalidReference(fn, `requires each area of ${def.id} to have a non-empty string id and a name (got ${describeValue(a)})`, [...path, 'areas', i]);
    }
    if (seen.has(a.id)) invalidReference(fn, `requires the area ids of ${def.id} to be unique (${describeValue(a.id)} repeats)`, [...path, 'areas', i, 'id']);
    seen.add(a.id);
    if (a.scale !== undefined) checkScale(fn, a.scale, [...path, 'areas', i, 'scale']);
  });
  if (!Array.isArray(def.stages)) invalidReference(fn, `requires instrument ${def.id} to have a stages array (empty when none are published)`, [...path, 'stages']);
  let prevMax = Number.NEGATIVE_INFINITY;
  def.stages.forEach((s: unknown, i: number) => {
    if (!isPlainObject(s) || s.index !== i + 1 || typeof s.label !== 'string' || typeof s.min !== 'number' || typeof s.max !== 'number' || !(s.min <= s.max) || s.min <= prevMax) {
      invalidReference(fn, `requires stages of ${def.id} to be {index: 1, 2, …, label, min ≤ max} in increasing, non-overlapping order (stage ${i + 1} is ${describeValue(s)})`, [...path, 'stages', i]);
    }
    if (scale !== null && (s.min < scale.min || s.max > scale.max)) {
      invalidReference(fn, `requires stages of ${def.id} to lie within its scale [${scale.min}, ${scale.max}]`, [...path, 'stages', i]);
    }
    prevMax = s.max;
  });
  if (!Array.isArray(def.reliability)) invalidReference(fn, `requires instrument ${def.id} to have a reliability array (empty when none is published)`, [...path, 'reliability']);
  return def as unknown as InstrumentDefinition;
}

/** Checks an `instruments` option: a registry of user definitions keyed by their ids. */
export function checkRegistry(fn: string, registry: unknown): InstrumentRegistry | undefined {
  if (registry === undefined) return undefined;
  if (!isPlainObject(registry)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options.instruments to be an object keyed by instrument id (got ${describeValue(registry)})`, path: ['options', 'instruments'] });
  }
  for (const [key, def] of Object.entries(registry)) {
    const checked = checkInstrument(fn, def, ['options', 'instruments', key]);
    if (checked.id !== key) invalidReference(fn, `requires options.instruments keys to equal the definitions' ids (key ${describeValue(key)} holds ${describeValue(checked.id)})`, ['options', 'instruments', key]);
  }
  return registry as InstrumentRegistry;
}

/** The ids a look-up could match, for error messages. */
function knownIds(registry: InstrumentRegistry | undefined): string {
  const ids = new Set([...Object.keys(registry ?? {}), ...Object.keys(BUNDLED_BY_ID)]);
  return [...ids].join(', ');
}

/** Looks an instrument up by id (user registry first, then the bundled one) or checks a definition. */
export function resolveInstrument(fn: string, instrument: unknown, registry: InstrumentRegistry | undefined, path: ErrorPath): InstrumentDefinition {
  if (typeof instrument === 'string') {
    const found = (registry !== undefined && Object.hasOwn(registry, instrument) ? registry[instrument] : undefined)
      ?? (Object.hasOwn(BUNDLED_BY_ID, instrument) ? BUNDLED_BY_ID[instrument] : undefined);
    if (found === undefined) {
      throw new ReferenceDataError({ code: 'unknown-instrument', message: `${fn} does not know instrument ${describeValue(instrument)} (known: ${knownIds(registry)}; pass your own definition in options.instruments)`, path });
    }
    return found;
  }
  return checkInstrument(fn, instrument, path);
}

/** Finds an area of an instrument or returns undefined. */
export function findArea(instrument: InstrumentDefinition, areaId: string): InstrumentArea | undefined {
  for (const a of instrument.areas) if (a.id === areaId) return a;
  return undefined;
}

/** Builds an id → area look-up. */
export function areaIndex(instrument: InstrumentDefinition): ReadonlyMap<string, InstrumentArea> {
  return new Map(instrument.areas.map((a) => [a.id, a]));
}

/** The scale an area's scores are on: the area's own, else the caller's override, else the instrument's. */
export function scaleOf(fn: string, instrument: InstrumentDefinition, area: InstrumentArea | undefined, override: InstrumentScale | undefined, path: ErrorPath): InstrumentScale {
  const scale = area?.scale ?? override ?? instrument.scale;
  if (scale === null) {
    throw new ReferenceDataError({
      code: 'missing-reference',
      message:
        `${fn} needs the scale of ${instrument.id}, which has no public source: supply it from your copy of the tool ` +
        '(options.scale, or an instrument definition with a scale in options.instruments: {min, max, step, higherIsBetter})',
      path,
    });
  }
  return scale;
}

/** True when `x` is one of the scale's possible scores. */
export function onScale(scale: InstrumentScale, x: number): boolean {
  if (!Number.isFinite(x)) return false;
  const tol = GRID_TOL * Math.max(1, Math.abs(scale.max), Math.abs(scale.min));
  if (x < scale.min - tol || x > scale.max + tol) return false;
  if (scale.step === null) {
    const values = scale.values ?? [];
    for (let i = 0; i < values.length; i++) if (Math.abs((values[i] as number) - x) <= tol) return true;
    return false;
  }
  const k = (x - scale.min) / scale.step;
  return Math.abs(k - Math.round(k)) <= GRID_TOL * Math.max(1, Math.abs(k));
}

/** Describes a scale for messages: `[1, 10] in steps of 1`. */
export function scaleText(scale: InstrumentScale): string {
  return scale.step === null ? `one of the ${scale.values?.length ?? 0} scores of the scale [${scale.min}, ${scale.max}]` : `[${scale.min}, ${scale.max}] in steps of ${scale.step}`;
}

/** The stage a score belongs to, or undefined. */
export function stageOf(stages: ReadonlyArray<JourneyStage>, score: number): JourneyStage | undefined {
  for (const s of stages) if (score >= s.min && score <= s.max) return s;
  return undefined;
}
