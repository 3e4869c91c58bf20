/**
 * The change summary on already-read pairs (shared by summarizeChange and the change aggregate).
 *
 * @internal
 */
import { SocialOutcomesError } from '../../errors';
import { atLeast, booleanOption, integerInRange, oneOf, optionsObject } from '../../_internal/validate';
import { wilsonInterval } from '../../stats/wilsonInterval';
import type { Interval } from '../../stats/interval';
import { readPairs, readRange, sdOf, type PairStats } from './pairs';
import { quartiles, type Quartiles } from './quartiles';
import type { CountedDistributions } from './countedPairs';
import { pairedTFromPairs } from './tTestCore';
import { wilcoxonFromPairs } from './wilcoxonCore';
import { signFromPairs } from './signCore';
import { effectFromPairs } from './effectCore';
import { noReliabilityOutcome, reliableChangeFromPairs } from './reliableCore';
import { readAlternative, readConfidence } from './options';
import type { Outcome } from '../types';
import type { ReliableChangeOptions } from '../reliableChange';
import type { ChangeCaveat, MeasurementScale, ReliableChangeSummary, ScoreSummary, SummarizeChangeOptions, SummarizeChangeResult } from '../summarizeChange';

function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { status: 'ok', result: f() };
  } catch (e) {
    if (e instanceof SocialOutcomesError && e.name !== 'InvalidInputError') return { status: 'not-computed', reason: e.code, message: e.message };
    throw e;
  }
}

function scoreSummary(mean: number, ss: number, n: number, values: ArrayLike<number>, integers: boolean, min: number, max: number, counted?: Quartiles): ScoreSummary {
  const q = counted ?? quartiles(values, integers ? max - min : -1, min);
  return { mean, sd: sdOf(ss, n), median: q.median, q1: q.q1, q3: q.q3, min, max };
}

/**
 * The summary on already-read pairs (shared by summarizeChange and the change aggregate). With `counted` (the change
 * aggregate), `pre`/`post` are the distinct pairs of a state, `s.d` is not used, and the quartiles, signed ranks and
 * reliable-change counts come from the counts: the same figures as on the expanded pairs.
 */
export function summarizeFromPairs(fn: string, s: PairStats, pre: ArrayLike<number>, post: ArrayLike<number>, opts: Partial<SummarizeChangeOptions>, counted?: CountedDistributions): SummarizeChangeResult {
  const n = s.n;
  optionsObject(fn, opts.wilcoxon, ['compat', 'exact', 'correction', 'zeroMethod'], ['options', 'wilcoxon']);
  optionsObject(fn, opts.reliableChange, ['reliability', 'reliabilityPost', 'method', 'sd', 'mean', 'criticalValue', 'cutoff'], ['options', 'reliableChange']);
  optionsObject(fn, opts.baselines, ['retrospective', 'afterEngagement', 'excludedNoBaseline'], ['options', 'baselines']);
  atLeast(fn, 'pairs', n, 2, ['pre']);
  const instrument = opts.instrument;
  const scale: MeasurementScale = opts.scale !== undefined ? oneOf(fn, 'scale', opts.scale, ['ordinal', 'interval'] as const) : instrument?.kind === 'wellbeing-scale' ? 'interval' : 'ordinal';
  const higherIsBetter = booleanOption(fn, 'higherIsBetter', opts.higherIsBetter, instrument?.scale?.higherIsBetter ?? true);
  const alternative = readAlternative(fn, opts.alternative);
  const confidence = readConfidence(fn, opts.confidence);
  const baselines = opts.baselines ?? {};
  const retrospective = baselines.retrospective === undefined ? 0 : integerInRange(fn, 'baselines.retrospective', baselines.retrospective, { min: 0, max: n }, ['options', 'baselines', 'retrospective']);
  const late = baselines.afterEngagement === undefined ? 0 : integerInRange(fn, 'baselines.afterEngagement', baselines.afterEngagement, { min: 0, max: n }, ['options', 'baselines', 'afterEngagement']);
  const excluded = baselines.excludedNoBaseline === undefined ? 0 : integerInRange(fn, 'baselines.excludedNoBaseline', baselines.excludedNoBaseline, { min: 0 }, ['options', 'baselines', 'excludedNoBaseline']);

  const improved = higherIsBetter ? s.nPositive : s.nNegative;
  const worse = higherIsBetter ? s.nNegative : s.nPositive;
  const wilson = (k: number): Interval => wilsonInterval(k, n, { confidence });
  const pairedT = attempt(() => pairedTFromPairs(fn, s, alternative, confidence));
  const wilcoxon = attempt(() => wilcoxonFromPairs(fn, s, { ...(opts.wilcoxon ?? {}), alternative }, counted === undefined ? undefined : (z, g) => counted.rankSums(z, g)));
  const sign = attempt(() => signFromPairs(fn, s, alternative, confidence));
  const effects = attempt(() => effectFromPairs(fn, s, confidence));
  const rcOpts: Partial<ReliableChangeOptions> = { ...(opts.reliableChange ?? {}), confidence, higherIsBetter, ...(instrument === undefined ? {} : { instrument }) };
  const reliable = noReliabilityOutcome(fn, rcOpts) ?? attempt((): ReliableChangeSummary => {
    const { people: _people, ...rest } = reliableChangeFromPairs(fn, s, pre, post, rcOpts, false, counted?.count);
    return rest;
  });

  const caveats: ChangeCaveat[] = [
    { code: 'not-causal', message: 'change scores are not causal impact: people may have changed as much without the service, or less (Birmingham prevention framework review 2022, §6.3)' },
  ];
  if (n < 10) caveats.push({ code: 'low-power', message: `only ${n} pairs: the tests have little power and the intervals are wide` });
  if (scale === 'interval' && n < 30) caveats.push({ code: 'wemwbs-sample-size', message: `only ${n} pairs: Warwick advises at least 30 people with WEMWBS/SWEMWBS readings at two time points` });
  if (scale === 'ordinal') caveats.push({ code: 'ordinal-means', message: 'scores are ordinal (Outcomes Star guidance): medians, Wilcoxon and sign tests lead; means, the t-test and d are secondary' });
  if (reliable.status === 'not-computed' && reliable.reason === 'no-reliability') caveats.push({ code: 'no-reliability', message: 'no reliability coefficient was given, so reliable change was not computed (no published reliability exists for the Outcomes Stars)' });
  if (retrospective > 0) caveats.push({ code: 'retrospective-baselines', message: `${retrospective} of ${n} baselines were retrospective; Triangle warns these may be exaggerated towards the low end, which inflates change` });
  if (late > 0 || excluded > 0) caveats.push({ code: 'late-baselines', message: `${late} baselines were taken after engagement and ${excluded} people had no baseline (e.g. in crisis at entry); this is likely to bias change, probably downwards (Birmingham review §6.3)` });

  return {
    n,
    scale,
    primary: scale === 'ordinal' ? { location: 'median', test: 'wilcoxon' } : { location: 'mean', test: 'paired-t' },
    higherIsBetter,
    pre: scoreSummary(s.meanPre, s.ssPre, n, pre, s.integers, s.minPre, s.maxPre, counted?.quartiles('pre')),
    post: scoreSummary(s.meanPost, s.ssPost, n, post, s.integers, s.minPost, s.maxPost, counted?.quartiles('post')),
    change: scoreSummary(s.meanD, s.ssD, n, s.d, s.integers, s.minD, s.maxD, counted?.quartiles('change')),
    direction: { improved, same: s.nZero, worse, improvedProportion: wilson(improved), sameProportion: wilson(s.nZero), worseProportion: wilson(worse) },
    tests: { pairedT, wilcoxon, sign },
    effectSizes: effects,
    reliableChange: reliable,
    caveats,
  };
}

/** Reads options and pairs for summarizeChange (shared with the change aggregate). */
export function readSummaryPairs(fn: string, pre: unknown, post: unknown, opts: Partial<SummarizeChangeOptions>): PairStats {
  const range = opts.range !== undefined ? readRange(fn, opts.range) : opts.instrument?.scale ? { min: opts.instrument.scale.min, max: opts.instrument.scale.max } : undefined;
  return readPairs(fn, pre, post, range);
}
