/**
 * A deterministic synthetic cohort of client records, shaped like the Birmingham prevention portfolio,
 * for demos, tests and benchmarks.
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../errors';
import { integerInRange, optionsObject, probability, optionPath } from '../_internal/validate';
import { describeValue } from '../_internal/describeValue';
import { seededRandom } from '../stats/seededRandom';
import { baseline } from '../equity/baseline';
import { census2021 } from '../data/census2021';
import { swemwbsMetricScore } from '../outcomes/swemwbsMetricScore';
import { ETHNICITY_2021, type Ethnicity, type ReferralSource, type UnsuccessfulReferralReason } from '../schema/codings';
import type { ClientRecord, Reading } from '../schema/clientRecord';
import { addDays, dayNumber, isoDate } from './_internal/days';

/** One provider of a synthetic cohort. */
export interface CohortProvider {
  /** Provider id written to `providerId` (1–64 characters from `A–Z a–z 0–9 . _ : / -`). */
  readonly id: string;
  /** Commissioning area written to `commissioningArea`, e.g. `Vulnerable Adults 1`. */
  readonly commissioningArea: string;
  /** Relative share of clients (any positive number; shares are normalised). */
  readonly weight: number;
  /** Outcomes Star the provider uses (`homelessness-star`, `empowerment-star`, `carers-star`, …), or none. */
  readonly star?: 'homelessness-star' | 'empowerment-star' | 'carers-star' | 'home-star' | 'young-persons-star';
  /** Whether the provider also records SWEMWBS at each review. */
  readonly swemwbs: boolean;
  /** Value-bank ids of standardised outputs the provider's clients may achieve, with the chance for a client with a follow-up. */
  readonly outputs: ReadonlyArray<{
    /** Value-bank entry id (as in `examples/banks/example-bank.csv`). */
    readonly id: string;
    /** Probability a client with a follow-up reading achieves it. */
    readonly p: number;
  }>;
  /** Whether records carry VA1 needs (`needs`). */
  readonly va1Needs?: boolean;
}

/** Options of {@link generateCohort}. */
export interface GenerateCohortOptions {
  /** Number of clients (records), an integer from 1 to 5,000,000. */
  readonly n: number;
  /** Seed of the pseudo-random stream (a number or a string); the same seed gives the same records. */
  readonly seed: number | string;
  /**
   * Providers and their shares.
   *
   * @defaultValue {@link DEFAULT_COHORT_PROVIDERS}, the review's portfolio (VA1, VA2, Carers, P&C, R&M)
   */
  readonly providers?: ReadonlyArray<CohortProvider>;
  /**
   * GSS code of the area whose Census 2021 age and ethnic-group profile the demographics are drawn from.
   * Postcode districts are written only for Birmingham (`E08000025`).
   *
   * @defaultValue 'E08000025'
   */
  readonly area?: string;
  /**
   * First year of the financial reporting year (`2023` for 2023-24): referrals fall in its first nine
   * months and readings within the year.
   *
   * @defaultValue 2023
   */
  readonly year?: number;
  /**
   * Chance a client stops engaging after each Star review (drop-out per quarter).
   *
   * @defaultValue 0.2
   */
  readonly dropOut?: number;
  /**
   * Relative sampling weight of people aged 65 and over against the census (the deliberate
   * under-representation); 1 draws them in census proportion.
   *
   * @defaultValue 0.35
   */
  readonly olderWeight?: number;
  /**
   * Multiplier of the expected quarterly Star and SWEMWBS gain for clients of Black ethnic groups (the
   * deliberate outcome gap); 1 gives no gap.
   *
   * @defaultValue 0.25
   */
  readonly gapFactor?: number;
}

/**
 * The default portfolio: five providers, one per commissioning area of the review (section 6).
 *
 * @example
 * ```ts
 * import { DEFAULT_COHORT_PROVIDERS } from 'social-outcomes/report';
 * DEFAULT_COHORT_PROVIDERS.map((p) => p.id) //=> ['va1-housing', 'va2-empowerment', 'carers', 'pc-communities', 'rm-refugees']
 * ```
 */
export const DEFAULT_COHORT_PROVIDERS: ReadonlyArray<CohortProvider> = Object.freeze(([
  {
    id: 'va1-housing', commissioningArea: 'Vulnerable Adults 1', weight: 0.34, star: 'homelessness-star', swemwbs: true, va1Needs: true,
    outputs: [{ id: 'example-stable-accommodation', p: 0.45 }, { id: 'example-fewer-gp-visits', p: 0.15 }],
  },
  {
    id: 'va2-empowerment', commissioningArea: 'Vulnerable Adults 2', weight: 0.24, star: 'empowerment-star', swemwbs: true,
    outputs: [{ id: 'example-mental-health-improved', p: 0.3 }, { id: 'example-member-of-social-group', p: 0.2 }],
  },
  {
    id: 'carers', commissioningArea: 'Carers', weight: 0.16, star: 'carers-star', swemwbs: true,
    outputs: [{ id: 'example-less-lonely', p: 0.3 }],
  },
  {
    id: 'pc-communities', commissioningArea: 'Prevention and Communities', weight: 0.16, swemwbs: true,
    outputs: [{ id: 'example-regular-volunteering', p: 0.25 }, { id: 'example-member-of-social-group', p: 0.3 }],
  },
  {
    id: 'rm-refugees', commissioningArea: 'Refugees and Migrants', weight: 0.1, star: 'empowerment-star', swemwbs: false,
    outputs: [{ id: 'example-member-of-social-group', p: 0.25 }],
  },
] satisfies CohortProvider[]).map((p): CohortProvider => Object.freeze(p)));

const STAR_AREAS: Readonly<Record<NonNullable<CohortProvider['star']>, ReadonlyArray<string>>> = {
  'homelessness-star': ['motivation', 'self-care', 'managing-money', 'social-networks', 'drug-alcohol', 'physical-health', 'emotional-mental-health', 'meaningful-use-of-time', 'managing-tenancy', 'offending'],
  'empowerment-star': ['safety', 'accommodation', 'support-networks', 'legal-issues', 'health-wellbeing', 'money', 'children', 'work-learning', 'empowerment-self-esteem'],
  'carers-star': ['health', 'caring-role', 'managing-at-home', 'time-for-yourself', 'how-you-feel', 'finances', 'work'],
  'home-star': ['where-i-am-living', 'caring-for-myself', 'my-money', 'friends-relationships', 'my-health', 'my-wellbeing', 'how-i-spend-my-time', 'alcohol-drugs', 'safety-crime', 'trust-hope'],
  'young-persons-star': ['accommodation', 'work-learning', 'how-you-feel', 'health', 'money-rent', 'people-support'],
};

const BIRMINGHAM_DISTRICTS = ['B1', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'B18', 'B19', 'B20', 'B21', 'B23', 'B24', 'B25', 'B26', 'B27', 'B28', 'B29', 'B30', 'B31', 'B32', 'B33', 'B34', 'B35', 'B36', 'B38', 'B42', 'B43', 'B44', 'B45'];

const SOURCES: ReadonlyArray<readonly [ReferralSource, number, ReadonlyArray<string>]> = [
  ['statutory', 0.45, ['housing officer', 'GP', 'social worker', 'community mental health team', 'Jobcentre Plus']],
  ['vcse', 0.24, ['food bank', 'community group', 'advice centre']],
  ['self', 0.19, ['self-referral']],
  ['family-or-friend', 0.07, ['family or friend']],
  ['other', 0.03, ['other']],
  ['not-known', 0.02, ['not recorded']],
];
const REASONS: ReadonlyArray<readonly [UnsuccessfulReferralReason, number]> = [
  ['did-not-meet-eligibility', 0.22], ['did-not-attend', 0.34], ['refused-support', 0.14], ['unable-to-manage-risk', 0.05],
  ['needs-too-high', 0.1], ['no-capacity', 0.11], ['exception', 0.04],
];
const AGE_BREAKS = [18, 25, 35, 50, 65, 75] as const;
const AGE_BAND_LABELS = ['18-24', '25-34', '35-49', '50-64', '65-74', '75+'] as const;
const BLACK: ReadonlySet<string> = new Set(['black-african', 'black-caribbean', 'black-other']);
const ETHNICITY_BY_CENSUS_LABEL: ReadonlyMap<string, Ethnicity> = new Map(
  ETHNICITY_2021.flatMap((e): Array<[string, Ethnicity]> => (e.census === undefined ? [] : [[e.census.label, e.code]])),
);
const VA1_IDS = ['maximise-income', 'maintain-accommodation', 'settled-accommodation', 'mental-health', 'community-activities'] as const;

/** Cumulative distribution for inverse-CDF sampling. */
function cumulative(weights: ReadonlyArray<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) { s += weights[i] as number; out[i] = s; }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / s;
  return out;
}
function pick(cum: Float64Array, u: number): number {
  for (let i = 0; i < cum.length; i++) if (u < (cum[i] as number)) return i;
  return cum.length - 1;
}
/**
 * SD (raw SWEMWBS points) of the noise of a baseline reading: the same as at follow-ups, where 2.5 covers
 * measurement error and individual variation in change. (Without it reliable deterioration falls below
 * 2 % of pairs, rarer than services report.)
 */
const SW_BASELINE_SD = 2.5;
/** Standard normals by Box–Muller, two per pair of uniforms (the second is kept for the next call). */
function normalSource(rand: () => number): () => number {
  let spare = 0, hasSpare = false;
  return () => {
    if (hasSpare) { hasSpare = false; return spare; }
    const r = Math.sqrt(-2 * Math.log(1 - rand()));
    const theta = 2 * Math.PI * rand();
    spare = r * Math.sin(theta);
    hasSpare = true;
    return r * Math.cos(theta);
  };
}
function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function checkProviders(fn: string, value: unknown): ReadonlyArray<CohortProvider> {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers to be a non-empty array (got ${describeValue(value)})`, path: optionPath('providers') });
  }
  const seen = new Set<string>();
  value.forEach((p: unknown, i) => {
    const path = ['options', 'providers', i];
    const q = p as Partial<CohortProvider> | null;
    if (q === null || typeof q !== 'object') throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers[${i}] to be an object (got ${describeValue(p)})`, path });
    if (typeof q.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/.test(q.id) || seen.has(q.id)) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers[${i}].id to be a unique id (got ${describeValue(q.id)})`, path: [...path, 'id'] });
    }
    seen.add(q.id);
    if (typeof q.weight !== 'number' || !(q.weight > 0) || !Number.isFinite(q.weight)) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers[${i}].weight to be a positive number (got ${describeValue(q.weight)})`, path: [...path, 'weight'] });
    }
    if (q.star !== undefined && !(q.star in STAR_AREAS)) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers[${i}].star to be one of ${Object.keys(STAR_AREAS).join(', ')} (got ${describeValue(q.star)})`, path: [...path, 'star'] });
    }
    if (typeof q.commissioningArea !== 'string' || q.commissioningArea.length === 0 || q.commissioningArea.length > 100) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers[${i}].commissioningArea to be 1–100 characters (got ${describeValue(q.commissioningArea)})`, path: [...path, 'commissioningArea'] });
    }
    if (!Array.isArray(q.outputs)) throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers[${i}].outputs to be an array (got ${describeValue(q.outputs)})`, path: [...path, 'outputs'] });
    q.outputs.forEach((o, j) => {
      probability(fn, `providers[${i}].outputs[${j}].p`, (o as { p?: unknown } | null)?.p, [...path, 'outputs', j, 'p']);
      const id = (o as { id?: unknown }).id;
      if (typeof id !== 'string' || !/^[A-Za-z0-9._:/-]{1,100}$/.test(id)) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires providers[${i}].outputs[${j}].id to be an output id (got ${describeValue(id)})`, path: [...path, 'outputs', j, 'id'] });
      }
    });
  });
  return value as ReadonlyArray<CohortProvider>;
}

/**
 * Generates a deterministic synthetic cohort of {@link ClientRecord}s shaped like the Birmingham
 * prevention portfolio, with deliberate findings for a report to detect.
 *
 * @remarks
 * Each client is drawn independently from one seeded stream (`stats.seededRandom`), so the same
 * options give the same records, in any environment (no clock, no `Math.random`, no Node built-ins).
 *
 * - **Providers** follow the review's commissioning areas (section 6): VA1 (Homelessness Star), VA2
 *   (Empowerment Star), Carers (Carers Star), Prevention and Communities (SWEMWBS only) and Refugees
 *   and Migrants (Empowerment Star, no SWEMWBS), in proportions {@link DEFAULT_COHORT_PROVIDERS}.
 * - **Reach** (review 7.2.3): referral date in the first nine months of the year; source
 *   statutory/VCSE/self/…; outcome supported (82 %), waiting list (6 %) or unsuccessful (12 %) with
 *   one of the seven review reasons; the accessibility item (7.3.2) for about 70 % of clients.
 * - **Readings**: supported clients get a baseline 0–14 days after referral and reviews every
 *   91 ± 7 days until the year ends or they drop out (probability `dropOut` after each reading).
 *   Star areas are integers 1–10 (baseline around 4, quarterly gain around +0.6 with SD 1, rounded,
 *   so ties and zero changes are common). SWEMWBS raw totals (7–35) start around 19 (SD 4), move by
 *   about +1.2 a quarter, carry noise of SD 2.5 at every reading (baseline included), and are stored
 *   as metric scores. 3 % of baselines are retrospective.
 * - **Demographics** follow the area's Census 2021 adult age bands (TS007 via `equity.baseline`) and
 *   ethnic groups (TS021), except that people aged 65 and over are drawn at `olderWeight` times their
 *   census share (**deliberate under-representation**), and 2–5 % of each field is `not-known` or
 *   `prefer-not-to-say`.
 * - **Outcome gap**: clients of Black ethnic groups gain `gapFactor` times as much (**deliberate gap**).
 * - **Outputs**: clients with a follow-up achieve their provider's standardised outputs (value-bank
 *   ids of `examples/banks/example-bank.csv`) with the given probabilities.
 *
 * Every record passes `ClientRecordSchema` and `normaliseRecords` without issues. Client ids are
 * `C` and a 7-digit number; they identify no one.
 *
 * **Formula**
 * ```tex
 * x_{a,t} = \operatorname{clamp}_{[1,10]}\big(\operatorname{round}(\mu_a + t\,g\,\gamma + \varepsilon_{a,t})\big),\quad
 * \gamma = \begin{cases}\text{gapFactor} & \text{Black ethnic group}\\ 1 & \text{otherwise}\end{cases}
 * ```
 *
 * **References** Hopley R et al. (2022) Birmingham Prevention Portfolio review, sections 6–7
 * (portfolio, service reach 7.2.3, accessibility 7.3.2, quarterly Star readings, recommendation 14);
 * Office for National Statistics (2022) Census 2021 TS007 and TS021 for the area (Open Government
 * Licence v3.0).
 *
 * @param options - size, seed, providers, area, year, drop-out, and the sizes of the deliberate effects
 * @returns the client records, in client-id order
 * @throws {InvalidInputError} when `n`, `seed`, a provider or another option is invalid
 * @throws {ReferenceDataError} when the area has no Census 2021 age or ethnic-group baseline
 * @example
 * ```ts
 * import { generateCohort } from 'social-outcomes/report';
 * const records = generateCohort({ n: 50, seed: 1 });
 * records.length //=> 50
 * records[0].clientId //=> 'C0000001'
 * generateCohort({ n: 50, seed: 1 })[7].readings.length === records[7].readings.length //=> true
 * generateCohort({ n: 0, seed: 1 }) //=> throws InvalidInputError
 * ```
 */
export function generateCohort(options: GenerateCohortOptions): ClientRecord[] {
  const fn = 'generateCohort';
  const opts = optionsObject(fn, options, ['n', 'seed', 'providers', 'area', 'year', 'dropOut', 'olderWeight', 'gapFactor']) as GenerateCohortOptions;
  const n = integerInRange(fn, 'n', opts.n, { min: 1, max: 5_000_000 }, optionPath('n'));
  if (typeof opts.seed !== 'number' && typeof opts.seed !== 'string') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires seed to be a number or a string (got ${describeValue(opts.seed)})`, path: optionPath('seed') });
  }
  const providers = opts.providers === undefined ? DEFAULT_COHORT_PROVIDERS : checkProviders(fn, opts.providers);
  const area = opts.area ?? 'E08000025';
  if (typeof area !== 'string') throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires area to be a GSS code (got ${describeValue(area)})`, path: optionPath('area') });
  const year = integerInRange(fn, 'year', opts.year ?? 2023, { min: 1950, max: 2098 }, optionPath('year'));
  const dropOut = probability(fn, 'dropOut', opts.dropOut ?? 0.2, optionPath('dropOut'));
  const olderWeight = probability(fn, 'olderWeight', opts.olderWeight ?? 0.35, optionPath('olderWeight'));
  const gapFactor = probability(fn, 'gapFactor', opts.gapFactor ?? 0.25, optionPath('gapFactor'));

  const ages = baseline(census2021, { area, topic: 'age-single-year', breaks: AGE_BREAKS });
  const ageCum = cumulative(ages.categories.map((c, i) => c.share * (i >= 4 ? olderWeight : 1)));
  const eth = baseline(census2021, { area, topic: 'ethnic-group', level: 'detail' });
  const ethCum = cumulative(eth.categories.map((c) => c.share));
  const ethCodes: Ethnicity[] = eth.categories.map((c) => {
    const code = ETHNICITY_BY_CENSUS_LABEL.get(c.label);
    if (code === undefined) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} found no ethnicity code for census category ${JSON.stringify(c.label)}`, path: optionPath('area') });
    }
    return code;
  });
  const providerCum = cumulative(providers.map((p) => p.weight));
  const sourceCum = cumulative(SOURCES.map((s) => s[1]));
  const reasonCum = cumulative(REASONS.map((r) => r[1]));
  const districts = area === 'E08000025' ? BIRMINGHAM_DISTRICTS : undefined;

  const rand = seededRandom(opts.seed);
  const normal = normalSource(rand);
  // SWEMWBS baseline measurement error comes from its own stream so that every other draw (and so
  // every other field) is the same as without it.
  const baselineNoise = normalSource(seededRandom(`${String(opts.seed)}:swemwbs-baseline`));
  const start = dayNumber(year, 4, 1);
  const end = dayNumber(year + 1, 3, 31);
  const period = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  const records: ClientRecord[] = new Array<ClientRecord>(n);
  const dates = new Map<number, string>();
  const dateOf = (day: number): string => {
    let d = dates.get(day);
    if (d === undefined) dates.set(day, (d = isoDate(day)));
    return d;
  };

  for (let i = 0; i < n; i++) {
    const clientId = `C${String(i + 1).padStart(7, '0')}`;
    const provider = providers[pick(providerCum, rand())] as CohortProvider;

    // Demographics.
    const band = pick(ageCum, rand());
    const lo = AGE_BREAKS[band] as number;
    const hi = band + 1 < AGE_BREAKS.length ? (AGE_BREAKS[band + 1] as number) - 1 : 94;
    const age = lo + Math.floor(rand() * (hi - lo + 1));
    const uSex = rand();
    const female = uSex < (provider.id === 'carers' ? 0.68 : 0.52);
    const uG = rand();
    const gender = uG < 0.015 ? 'prefer-not-to-say' : uG < 0.03 ? 'not-known' : uG < 0.04 ? 'self-describe' : female ? 'woman' : 'man';
    const uGs = rand();
    const genderSameAsBirth = gender === 'not-known' ? 'not-known' : uGs < 0.01 ? 'no' : uGs < 0.03 ? 'prefer-not-to-say' : 'yes';
    const uE = rand();
    const ethnicity: Ethnicity = uE < 0.03 ? 'not-known' : uE < 0.05 ? 'prefer-not-to-say' : (ethCodes[pick(ethCum, rand())] as Ethnicity);
    const uD = rand();
    const disability = uD < 0.04 ? 'not-known' : uD < 0.06 ? 'prefer-not-to-say' : uD < 0.06 + (age >= 50 ? 0.38 : 0.22) ? 'yes' : 'no';

    // Reach.
    const referralDay = start + Math.floor(rand() * 274);
    const s = SOURCES[pick(sourceCum, rand())] as (typeof SOURCES)[number];
    const route = s[2][Math.floor(rand() * s[2].length)] as string;
    const uO = rand();
    const outcome = uO < 0.82 ? 'supported' : uO < 0.88 ? 'waiting-list' : 'unsuccessful';
    const record: Record<string, unknown> = {
      clientId,
      providerId: provider.id,
      commissioningArea: provider.commissioningArea,
      reportingPeriod: period,
      age,
      ageBand: AGE_BAND_LABELS[band],
      gender,
      genderSameAsBirth,
      disability,
      ethnicity,
    };
    if (districts !== undefined) record['postcodeDistrict'] = districts[Math.floor(rand() * districts.length)];
    if (gender === 'woman' || gender === 'man') record['sex'] = (gender === 'woman') === (genderSameAsBirth !== 'no') ? 'female' : 'male';
    if (provider.id === 'rm-refugees') record['interpreterNeeded'] = rand() < 0.45;
    record['referralDate'] = dateOf(referralDay);
    record['referralRoute'] = route;
    record['referralSource'] = s[0];
    record['referralOutcome'] = outcome;
    if (outcome === 'unsuccessful') record['unsuccessfulReason'] = (REASONS[pick(reasonCum, rand())] as (typeof REASONS)[number])[0];
    record['repeatReferral'] = rand() < 0.1;

    // Readings.
    const readings: Reading[] = [];
    let followUps = 0;
    let wellbeingGain = 0;
    if (outcome === 'supported' && rand() >= 0.06) {
      const gain = BLACK.has(ethnicity) ? gapFactor : 1;
      const areas = provider.star === undefined ? undefined : STAR_AREAS[provider.star];
      const base = areas === undefined ? undefined : new Float64Array(areas.length);
      if (areas !== undefined && base !== undefined) {
        const level = 4 + normal() * 1.1;
        for (let a = 0; a < areas.length; a++) base[a] = level + normal() * 1.2;
      }
      const swBase = 19 + normal() * 4;
      let swFirst = 0;
      const retrospective = rand() < 0.03;
      let day = referralDay + Math.floor(rand() * 15);
      for (let t = 0; day <= end; t++) {
        const date = dateOf(day);
        if (areas !== undefined && base !== undefined) {
          const scores: Record<string, number> = {};
          for (let a = 0; a < areas.length; a++) {
            scores[areas[a] as string] = clamp(Math.round((base[a] as number) + t * 0.6 * gain + (t === 0 ? 0 : normal())), 1, 10);
          }
          readings.push({ clientId, instrumentId: provider.star as string, date, scores, ...(t === 0 && retrospective ? { retrospective: true } : {}), completedBy: t === 0 ? 'worker' : 'together' });
        }
        if (provider.swemwbs) {
          const raw = clamp(Math.round(swBase + t * 1.2 * gain + (t === 0 ? baselineNoise() * SW_BASELINE_SD : normal() * 2.5)), 7, 35);
          if (t === 0) swFirst = raw;
          else wellbeingGain = raw - swFirst;
          readings.push({ clientId, instrumentId: 'swemwbs', date, scores: { total: swemwbsMetricScore(raw) }, completedBy: 'client' });
        }
        if (t > 0) followUps++;
        if (rand() < dropOut) break;
        day = addDays(day, 84 + Math.floor(rand() * 15));
      }
    }
    record['readings'] = readings;

    // Outputs and needs.
    if (followUps > 0) {
      const achieved: string[] = [];
      for (const o of provider.outputs) {
        const p = o.id === 'example-mental-health-improved' && wellbeingGain <= 0 ? o.p / 3 : o.p;
        if (rand() < p && !achieved.includes(o.id)) achieved.push(o.id);
      }
      if (achieved.length > 0) record['outputsAchieved'] = achieved;
    }
    if (provider.va1Needs === true && outcome === 'supported') {
      const needs: Record<string, string> = {};
      for (const id of VA1_IDS) {
        if (rand() < 0.4) {
          const u = rand();
          needs[id] = followUps === 0 || u < 0.3 ? 'identified' : u < 0.6 ? 'met-partially' : 'met-fully';
        }
      }
      if (Object.keys(needs).length > 0) record['needs'] = needs;
    }
    if (rand() < 0.7) {
      const u = rand();
      record['accessibilityRating'] = u < 0.04 ? 1 : u < 0.1 ? 2 : u < 0.28 ? 3 : u < 0.62 ? 4 : 5;
    }
    records[i] = record as unknown as ClientRecord;
  }
  return records;
}
