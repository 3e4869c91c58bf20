/**
 * The numerical kernel: distributions, intervals, hypothesis tests shared across modules,
 * multiple-comparison adjustment and mergeable accumulators. Every p-value and interval in the
 * library rests on these functions; each is checked against scipy and R fixtures in `test/fixtures/stats/`.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';

// --- distributions (owner: stats-dist) ---
export { normalPdf, normalCdf, normalSf, normalQuantile } from './normal';
export type { NormalOptions } from './normal';
export { studentTCdf, studentTSf, studentTQuantile } from './studentT';
export { chiSquaredCdf, chiSquaredSf, chiSquaredQuantile } from './chiSquared';
export { fCdf, fSf, fQuantile } from './fDistribution';
export { betaCdf, betaSf, betaQuantile } from './beta';
export { binomialPmf, binomialCdf, binomialSf } from './binomial';
export { poissonPmf, poissonCdf, poissonSf } from './poisson';
export { signedRankPmf, signedRankCdf, signedRankSf } from './signedRank';

// --- intervals, adjustment, ranks, accumulators, random numbers (owner: stats-core) ---
export type { Interval, IntervalMethod, ConfidenceOptions } from './interval';
export { wilsonInterval } from './wilsonInterval';
export type { WilsonIntervalOptions } from './wilsonInterval';
export { clopperPearsonInterval } from './clopperPearsonInterval';
export { agrestiCoullInterval } from './agrestiCoullInterval';
export { newcombeInterval } from './newcombeInterval';
export type { NewcombeIntervalOptions, DifferenceInterval } from './newcombeInterval';
export { tInterval, tIntervalFromSummary } from './tInterval';
export type { TIntervalOptions, MeanSummary } from './tInterval';
export { poissonInterval } from './poissonInterval';
export type { PoissonIntervalOptions } from './poissonInterval';
export { pAdjust } from './pAdjust';
export type { PAdjustMethod } from './pAdjust';
export { rankWithTies } from './rankWithTies';
export type { RankResult } from './rankWithTies';
export { moments, momentsOf } from './moments';
export type { Aggregate, MomentsState, MomentsResult } from './moments';
export { describe } from './describe';
export type { Description } from './describe';
export { seededRandom } from './seededRandom';
export type { RandomSource } from './seededRandom';

// --- hypothesis tests shared by equity/ and report/ (owners: equity helpers) ---
// Each owner appends its own `export` lines in this section.
export { chiSquaredGoodnessOfFit } from './chiSquaredGoodnessOfFit';
export type { ChiSquaredGoodnessOfFitOptions, ChiSquaredGoodnessOfFitResult, ChiSquaredGoodnessOfFitMethod } from './chiSquaredGoodnessOfFit';
export { welchTTest, welchTTestFromSummary } from './welchTTest';
export type { WelchTTestOptions, WelchTTestResult, MeanDifferenceInterval } from './welchTTest';
export { chiSquaredIndependence } from './chiSquaredIndependence';
export type { ChiSquaredIndependenceOptions, ChiSquaredIndependenceResult } from './chiSquaredIndependence';
export { kruskalWallis } from './kruskalWallis';
export type { KruskalWallisResult } from './kruskalWallis';
export { welchAnova, welchAnovaFromSummary } from './welchAnova';
export type { WelchAnovaResult } from './welchAnova';
export { riskRatio, oddsRatio } from './riskRatio';
export type { RatioIntervalOptions, RatioInterval } from './riskRatio';
