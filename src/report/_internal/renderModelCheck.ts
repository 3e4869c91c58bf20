/**
 * Shape check of a report model at the renderers' boundary (a model read back from JSON may be
 * anything): the top-level sections and the meta fields the renderers read must be present.
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import type { ReportModel } from '../reportModel';

const SECTIONS = ['meta', 'summary', 'reach', 'profile', 'change', 'wellbeing', 'reliableChange', 'equity', 'socialValue', 'dataQuality', 'caveats'] as const;

/** Throws `InvalidInputError` naming the first missing part. */
export function checkModel(fn: string, model: unknown): asserts model is ReportModel {
  if (model === null || typeof model !== 'object' || Array.isArray(model)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires a report model from buildReport (got ${describeValue(model)})`, path: ['model'] });
  }
  const m = model as Record<string, unknown>;
  for (const s of SECTIONS) {
    if (m[s] === null || typeof m[s] !== 'object') {
      throw new InvalidInputError({ code: 'missing-field', message: `${fn} requires a report model with a ${s} section (got ${describeValue(m[s])})`, path: ['model', s] });
    }
  }
  const meta = m.meta as Record<string, unknown>;
  if (meta.modelVersion !== 1) {
    throw new InvalidInputError({ code: 'invalid-format', message: `${fn} renders report model version 1 (got ${describeValue(meta.modelVersion)})`, path: ['model', 'meta', 'modelVersion'] });
  }
  for (const f of ['title', 'area', 'period', 'suppression', 'providers', 'dataSources'] as const) {
    if (meta[f] === undefined || meta[f] === null) {
      throw new InvalidInputError({ code: 'missing-field', message: `${fn} requires model.meta.${f} (got ${describeValue(meta[f])})`, path: ['model', 'meta', f] });
    }
  }
}
