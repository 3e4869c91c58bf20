// Shared pieces of the bundled instrument definitions.
import type { InstrumentScale, JourneyStage, SourceReference } from '../types';

/** Date on which the research notes (measures.md) were compiled from stored copies of public pages. */
export const RETRIEVED = '2026-11-22';

/** Licence note shared by every Triangle Outcomes Star definition. */
export const STAR_LICENCE =
  'Outcomes Star™ tools are licensed by Triangle Consulting Social Enterprise. The Homelessness Star user guide ' +
  '(3rd ed., 2013, CC BY-NC-ND) forbids altering the design or text or creating IT software "based on or in any way ' +
  'incorporating the tool". This definition therefore holds only area names, the numeric scale and stage names with ' +
  'their score bands, each cited; it holds no scale descriptors, ladder text or questions. Whether even the area lists ' +
  'need Triangle\'s permission is an open question (measures.md, implication 2); use the Stars under your own licence.';

/** The 1–10 scale shared by the Homelessness and Recovery Star family. */
export const TEN_POINT: InstrumentScale = Object.freeze({ min: 1, max: 10, step: 1, higherIsBetter: true });

/** A 1–5 scale (one point per stage). */
export const FIVE_POINT: InstrumentScale = Object.freeze({ min: 1, max: 5, step: 1, higherIsBetter: true });

/** Five stages of two points each on a 1–10 scale: stage = ceil(score / 2). */
export function tenPointStages(labels: readonly [string, string, string, string, string]): ReadonlyArray<JourneyStage> {
  return Object.freeze(labels.map((label, i) => Object.freeze({ index: i + 1, label, min: 2 * i + 1, max: 2 * i + 2 })));
}

/** Five stages of one point each on a 1–5 scale: stage = score. */
export function fivePointStages(labels: readonly [string, string, string, string, string]): ReadonlyArray<JourneyStage> {
  return Object.freeze(labels.map((label, i) => Object.freeze({ index: i + 1, label, min: i + 1, max: i + 1 })));
}

/** Recursively freezes a definition so the bundled data cannot be changed at run time. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** The Birmingham review, as cited by Table 3 aliases. */
export const REVIEW_TABLE3 =
  "Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (2022) Birmingham City Council's Adult Social Care Prevention " +
  'Portfolio – Review of the Performance Evaluation Framework, final report, section 7.3.1, Table 3 ' +
  '(project copy: shared/context/birmingham-prevention-framework-review-2022.txt, lines 747–757)';

/** The Birmingham review as a source reference (no public address was recorded). */
export const REVIEW_SOURCE: SourceReference = Object.freeze({
  title:
    "Hopley R, Castro Bilbrough A, Wilson S, Caulfield L (January 2022) Birmingham City Council's Adult Social Care " +
    'Prevention Portfolio – Review of the Performance Evaluation Framework, final report',
  location: 'shared/context/birmingham-prevention-framework-review-2022.txt (project copy; no public address recorded)',
});
