/**
 * Reliable change indices and clinical cut-offs on already-read pairs (shared by reliableChange and summarizeChange).
 *
 * @internal
 */
import { InvalidInputError, ReferenceDataError, SocialOutcomesError, type SocialOutcomesErrorOptions } from '../../errors';
import { atLeast, booleanOption, finiteNumber, numberInRange, oneOf, optionPath } from '../../_internal/validate';
import { describeValue } from '../../_internal/describeValue';
import { wilsonInterval } from '../../stats/wilsonInterval';
import type { Interval } from '../../stats/interval';
import { sdOf, type PairStats } from './pairs';
import { readConfidence } from './options';
import type { NotComputed } from '../types';
import type { PersonChange, PopulationMoments, ReliabilityInput, ReliableChangeClass, ReliableChangeOptions, ReliableChangeResult, RciMethod } from '../reliableChange';

const METHODS: ReadonlyArray<RciMethod> = ['jacobson-truax', 'gulliksen-lord-novick', 'hsu-linn-lord', 'edwards-nunnally', 'nunnally-kotsch', 'hageman-arrindell'];

/**
 * Why reliable change cannot be computed for want of a reliability coefficient (none supplied, and the instrument
 * has none or several), as the options of the ReferenceDataError {@link readReliability} throws; undefined when a
 * coefficient is supplied or the instrument has exactly one (its value is checked by readReliability).
 */
function missingReliability(fn: string, opts: Partial<ReliableChangeOptions>): SocialOutcomesErrorOptions | undefined {
  if (opts.reliability !== undefined) return undefined;
  const inst = opts.instrument;
  if (inst !== undefined) {
    const list = Array.isArray(inst.reliability) ? inst.reliability : [];
    if (list.length === 1) return undefined;
    if (list.length > 1) {
      return {
        code: 'no-reliability',
        message: `${fn} requires reliability to choose one of the ${list.length} coefficients of instrument ${inst.id} (${list.map((c) => `${c.kind ?? '?'} ${c.value}`).join(', ')})`,
        path: optionPath('reliability'),
      };
    }
    return {
      code: 'no-reliability',
      message: `${fn} requires a reliability: instrument ${inst.id} has no published reliability coefficient (Outcomes Stars have none), so supply one with its source`,
      path: optionPath('reliability'),
    };
  }
  return { code: 'no-reliability', message: `${fn} requires a reliability coefficient (got none); it will not guess one`, path: optionPath('reliability') };
}

/**
 * Reliable change's not-computed outcome for want of a reliability coefficient, built without constructing the
 * error (its stack capture cost more than the rest of a summary's reliable change: 12 % of a 12-group summary's
 * time). Undefined when {@link reliableChangeFromPairs} should run: a coefficient is available, or `method` is
 * invalid, which that function reports first, as it always has.
 */
export function noReliabilityOutcome(fn: string, opts: Partial<ReliableChangeOptions>): NotComputed | undefined {
  if (opts.method !== undefined && !(typeof opts.method === 'string' && (METHODS as ReadonlyArray<string>).includes(opts.method))) return undefined;
  const missing = missingReliability(fn, opts);
  return missing === undefined ? undefined : { status: 'not-computed', reason: missing.code, message: SocialOutcomesError.messageOf(missing) };
}

function readReliability(fn: string, opts: Partial<ReliableChangeOptions>): { value: number; source: string } {
  const missing = missingReliability(fn, opts);
  if (missing !== undefined) throw new ReferenceDataError(missing);
  const r = opts.reliability;
  if (r !== undefined) {
    if (typeof r === 'number') return { value: numberInRange(fn, 'reliability', r, { min: 0, max: 1, maxOpen: true }, optionPath('reliability')), source: 'supplied' };
    if (r !== null && typeof r === 'object') {
      const value = numberInRange(fn, 'reliability.value', (r as ReliabilityInput).value, { min: 0, max: 1, maxOpen: true }, [...optionPath('reliability'), 'value']);
      const src = (r as ReliabilityInput).source;
      return { value, source: typeof src === 'string' && src !== '' ? src : 'supplied' };
    }
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires reliability to be a number or {value, source} (got ${describeValue(r)})`, path: optionPath('reliability') });
  }
  const inst = opts.instrument as NonNullable<ReliableChangeOptions['instrument']>;
  const only = (inst.reliability as ReadonlyArray<ReliabilityInput>)[0] as ReliabilityInput;
  const value = numberInRange(fn, 'instrument.reliability[0].value', only.value, { min: 0, max: 1, maxOpen: true }, ['options', 'instrument', 'reliability', 0, 'value']);
  return { value, source: `${inst.id}: ${only.source ?? 'instrument definition'}` };
}

function readMoments(fn: string, name: string, v: unknown): PopulationMoments {
  if (v === null || typeof v !== 'object') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ${name} to be {mean, sd} (got ${describeValue(v)})`, path: ['options', ...name.split('.')] });
  }
  const m = v as PopulationMoments;
  return {
    mean: finiteNumber(fn, `${name}.mean`, m.mean, ['options', ...name.split('.'), 'mean']),
    sd: numberInRange(fn, `${name}.sd`, m.sd, { min: 0, minOpen: true }, ['options', ...name.split('.'), 'sd']),
  };
}

/**
 * Jacobson & Truax (1991, p. 13) cut-offs for "higher is better" (mirrored when lower is better): a = M₁ + 2s₁,
 * b = M₀ − 2s₀, c = (s₀M₁ + s₁M₀)/(s₀ + s₁).
 */
function readCutoff(fn: string, c: unknown, direction: number): { type: 'a' | 'b' | 'c' | 'value'; value: number } | undefined {
  if (c === undefined) return undefined;
  if (c === null || typeof c !== 'object') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires cutoff to be {type, clinical, functional} or {value} (got ${describeValue(c)})`, path: optionPath('cutoff') });
  }
  if ('value' in c) return { type: 'value', value: finiteNumber(fn, 'cutoff.value', (c as { value: unknown }).value, ['options', 'cutoff', 'value']) };
  const cc = c as { type?: unknown; clinical?: unknown; functional?: unknown };
  const type = oneOf(fn, 'cutoff.type', cc.type, ['a', 'b', 'c'] as const, ['options', 'cutoff', 'type']);
  const clinical = readMoments(fn, 'cutoff.clinical', cc.clinical);
  if (type === 'a') return { type, value: clinical.mean + direction * 2 * clinical.sd };
  const functional = readMoments(fn, 'cutoff.functional', cc.functional);
  if (type === 'b') return { type, value: functional.mean - direction * 2 * functional.sd };
  return { type, value: (functional.sd * clinical.mean + clinical.sd * functional.mean) / (functional.sd + clinical.sd) };
}

/**
 * Computes reliable change on already-read pairs (shared with summarizeChange). With `count`, `pre`/`post` are the
 * distinct pairs of a change state and entry i stands for count[i] people (only with `withPeople` false).
 */
export function reliableChangeFromPairs(fn: string, s: PairStats, pre: ArrayLike<number>, post: ArrayLike<number>, opts: Partial<ReliableChangeOptions>, withPeople = true, count?: ArrayLike<number>): ReliableChangeResult {
  const method = opts.method === undefined ? 'jacobson-truax' : oneOf(fn, 'method', opts.method, METHODS);
  const rel = readReliability(fn, opts);
  const r = rel.value;
  const higherIsBetter = booleanOption(fn, 'higherIsBetter', opts.higherIsBetter, opts.instrument?.scale?.higherIsBetter ?? true);
  const direction = higherIsBetter ? 1 : -1;
  const confidence = readConfidence(fn, opts.confidence);
  const n = s.n;
  const needsSample = opts.sd === undefined || method === 'hageman-arrindell' || method === 'hsu-linn-lord';
  atLeast(fn, 'pairs', n, needsSample ? 2 : 1, ['pre']);
  const sd = opts.sd === undefined ? sdOf(s.ssPre, n) : numberInRange(fn, 'sd', opts.sd, { min: 0, minOpen: true }, optionPath('sd'));
  if (!(sd > 0)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires pre scores that vary or a supplied sd (got a sample SD of 0)`, path: optionPath('sd') });
  }
  const mean = opts.mean === undefined ? s.meanPre : finiteNumber(fn, 'mean', opts.mean, optionPath('mean'));
  const critical = opts.criticalValue === undefined ? (method === 'hageman-arrindell' ? 1.65 : 1.96) : numberInRange(fn, 'criticalValue', opts.criticalValue, { min: 0, minOpen: true }, optionPath('criticalValue'));
  const cutoff = readCutoff(fn, opts.cutoff, direction);
  if (cutoff !== undefined && method === 'hageman-arrindell') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} does not implement the Hageman–Arrindell "true" cut-offs; use a cut-off with another method (got method 'hageman-arrindell')`, path: optionPath('cutoff') });
  }
  const sem = sd * Math.sqrt(1 - r);
  let se: number;
  let rciOf: (x: number, y: number) => number;
  let extra: { reliableChangeThreshold?: number; rdd?: number; reliabilityPost?: number } = {};
  if (method === 'jacobson-truax') {
    se = Math.sqrt(2 * sem * sem);
    rciOf = (x, y) => (y - x) / se;
    extra = { reliableChangeThreshold: critical * se };
  } else if (method === 'gulliksen-lord-novick') {
    se = sd * Math.sqrt(1 - r * r);
    rciOf = (x, y) => (y - mean - r * (x - mean)) / se;
  } else if (method === 'hsu-linn-lord') {
    se = sd * Math.sqrt(1 - r * r);
    const meanPost = s.meanPost;
    rciOf = (x, y) => (y - meanPost - r * (x - mean)) / se;
  } else if (method === 'edwards-nunnally') {
    se = sem;
    rciOf = (x, y) => (y - (r * (x - mean) + mean)) / se;
  } else if (method === 'nunnally-kotsch') {
    const rPost = opts.reliabilityPost === undefined ? r : numberInRange(fn, 'reliabilityPost', opts.reliabilityPost, { min: 0, max: 1, maxOpen: true }, optionPath('reliabilityPost'));
    se = Math.sqrt(r * r * sd * sd * (1 - r) + sd * sd * (1 - rPost));
    rciOf = (x, y) => (y - (r * (x - mean) + mean)) / se;
    extra = { reliabilityPost: rPost };
  } else {
    const sdPost = sdOf(s.ssPost, n);
    const sdPre = sd;
    const r1 = (sdPre * sdPre - sem * sem) / (sdPre * sdPre);
    const r2 = (sdPost * sdPost - sem * sem) / (sdPost * sdPost);
    const rho = s.spPrePost / Math.sqrt(s.ssPre * s.ssPost);
    const rdd = (sdPre * sdPre * r1 + sdPost * sdPost * r2 - 2 * sdPre * sdPost * rho) / (sdPre * sdPre + sdPost * sdPost - 2 * sdPre * sdPost * rho);
    if (!(rdd > 0) || !Number.isFinite(rdd)) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires a positive reliability of the difference scores for Hageman–Arrindell (got r_dd = ${rdd})`, path: optionPath('reliability') });
    }
    se = Math.sqrt(rdd) * Math.sqrt(2 * sem * sem);
    const meanShift = (s.meanPost - s.meanPre) * (1 - rdd);
    rciOf = (x, y) => ((y - x) * rdd + meanShift) / se;
    extra = { rdd };
  }
  const people: PersonChange[] = withPeople ? new Array<PersonChange>(n) : [];
  let rec = 0, imp = 0, none = 0, det = 0;
  const entries = count === undefined ? n : pre.length;
  for (let i = 0; i < entries; i++) {
    const w = count === undefined ? 1 : (count[i] as number);
    const x = pre[i] as number;
    const y = post[i] as number;
    const rci = rciOf(x, y);
    let cls: ReliableChangeClass;
    if (direction * rci > critical) {
      const crossed = cutoff !== undefined && direction * x < direction * cutoff.value && direction * y > direction * cutoff.value;
      cls = crossed ? 'recovered' : 'reliably-improved';
    } else if (direction * rci < -critical) cls = 'reliably-deteriorated';
    else cls = 'no-reliable-change';
    if (cls === 'recovered') rec += w;
    else if (cls === 'reliably-improved') imp += w;
    else if (cls === 'no-reliable-change') none += w;
    else det += w;
    if (withPeople) people[i] = { rci, class: cls };
  }
  const prop = (k: number): Interval => wilsonInterval(k, n, { confidence });
  return {
    n,
    method,
    reliability: r,
    reliabilitySource: rel.source,
    ...(extra.reliabilityPost === undefined ? {} : { reliabilityPost: extra.reliabilityPost }),
    sd,
    sdSource: opts.sd === undefined ? 'sample-pre' : 'supplied',
    mean,
    standardError: se,
    criticalValue: critical,
    ...(extra.reliableChangeThreshold === undefined ? {} : { reliableChangeThreshold: extra.reliableChangeThreshold }),
    ...(extra.rdd === undefined ? {} : { rdd: extra.rdd }),
    higherIsBetter,
    ...(cutoff === undefined ? {} : { cutoff }),
    people,
    counts: { recovered: rec, reliablyImproved: imp, noReliableChange: none, reliablyDeteriorated: det },
    proportions: { recovered: prop(rec), reliablyImproved: prop(imp), noReliableChange: prop(none), reliablyDeteriorated: prop(det) },
  };
}
