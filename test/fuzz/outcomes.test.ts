// Fuzz suite for social-outcomes/outcomes (issue 10): every export, seeded, bounded (FUZZ_RUNS=n for more).
import * as ns from 'social-outcomes/outcomes';
import type { FuzzSpec } from './_harness';
import { fuzzModule } from './_suite';

const star = (clientId: string, date: string, s: number): Record<string, unknown> => ({ clientId, instrumentId: 'homelessness-star', date, scores: { 'managing-tenancy': s, 'managing-money': s } });
const readings = [star('A', '2023-01-10', 3), star('A', '2023-04-12', 5), star('A', '2023-07-11', 6), star('B', '2023-02-01', 4), star('C', '2023-03-01', 2), star('C', '2023-03-08', 3), star('C', '2023-09-08', 7)];
const sw = (date: string, total: number): Record<string, unknown> => ({ clientId: 'A', instrumentId: 'swemwbs', date, scores: { total } });
const pair = {
  clientId: 'A', instrumentId: 'empowerment-star', daysApart: 180,
  baseline: { date: '2023-01-01', scores: { money: 2, 'work-learning': 4, accommodation: 3 } },
  followUp: { date: '2023-06-30', scores: { money: 5, 'work-learning': 4, accommodation: 7 } },
};

const specs: Record<string, FuzzSpec> = {
  getInstrument: { seeds: () => [['recovery-star'], ['wemwbs']] },
  // items may be null/undefined (missing answers, counted), so a hole is a missing answer
  scoreWemwbs: { holesAreMissing: true, seeds: () => [[[3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, 4]], [[3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, null], { missing: 'prorate-person-mean', maxMissing: 2 }]] },
  scoreSwemwbs: { holesAreMissing: true, seeds: () => [[[3, 3, 3, 3, 3, 3, 3]], [[5, 5, 5, 5, 5, 5, null], { missing: 'prorate-person-mean', maxMissing: 1 }]] },
  swemwbsMetricScore: { seeds: () => [[21], [35]] },
  journeyStage: { seeds: () => [['homelessness-star', 7], ['wellbeing-star', 2]] },
  mapToPrimaryOutcomes: { seeds: () => [['homelessness-star', { 'managing-money': 4, 'physical-health': 7, 'emotional-mental-health': 3, 'social-networks': 5, 'managing-tenancy': 10 }], ['carers-wellbeing-check', { home: 3 }, { scale: { min: 1, max: 5, step: 1, higherIsBetter: true }, missingAreas: 'skip' }]] },
  mapPairsToPrimaryOutcomes: { seeds: () => [[[pair], { missingAreas: 'skip' }]] },
  // onInvalid: 'exclude' counts an invalid reading (a numeric string) as excluded, so the answer may change
  pairReadings: { labels: true, seeds: () => [[readings], [readings, { strategy: 'baseline-and-nearest', targetDays: 182, onInvalid: 'exclude' }]] },
  trajectories: { labels: true, seeds: () => [[[sw('2023-01-31', 17.43), sw('2023-05-03', 19.25), sw('2023-10-30', 21.54)]], [[sw('2023-01-31', 17.43), sw('2023-05-03', 19.25)], { onInvalid: 'exclude' }]] },
};

fuzzModule('outcomes', ns as unknown as Record<string, unknown>, specs);
