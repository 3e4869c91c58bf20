/**
 * `representationChart`: representation ratios (client share ÷ census share) with intervals, one characteristic.
 *
 * @packageDocumentation
 */
import type { CharacteristicComparison } from '../reportModel';
import { altNumber, BAND_HEIGHT, chartConfig, chartTitle, legend, OKABE_ITO, uniqueLabels, wrapLabel, wrappedBandAxis } from '../_internal/chartTheme';
import { chartId, commonOptions, requireArray, requireBasis, requireFinite, requireObject } from '../_internal/chartInput';
import type { ChartSpec } from './chartSpec';

const FN = 'representationChart';

/** Options of {@link representationChart}. */
export interface RepresentationChartOptions {
  /**
   * Chart id.
   *
   * @defaultValue `representation-<characteristic>`
   */
  readonly id?: string;
  /**
   * Width of the plotting area in pixels (120–2000).
   *
   * @defaultValue 480
   */
  readonly width?: number;
}

const FLAG_LABEL = { under: 'Under-represented', proportionate: 'Proportionate (CI includes 1)', over: 'Over-represented' } as const;

/**
 * Builds a dot-and-interval chart of representation ratios for one characteristic (clients' share
 * of each census category ÷ the area's census share), with a reference line at 1.
 *
 * @remarks
 * Points are the ratio estimates and horizontal bars their confidence intervals; the dashed line at
 * 1 marks proportionate reach. Categories whose interval excludes 1 are flagged by colour and shape
 * (vermillion left-pointing triangle under, blue right-pointing triangle over, grey circle
 * proportionate). A log scale is used when every limit is positive (so 0.5 and 2 sit equally far
 * from 1), otherwise a linear scale from 0. Suppressed categories are not plotted and are named in
 * the description.
 *
 * **Formula**
 * ```tex
 * RR_c = \frac{x_c / n}{\pi_c}
 * ```
 *
 * **References**
 * - Office for National Statistics (2022). Census 2021 topic summaries (TS021, TS007A, TS008, TS038). Open Government Licence v3.0.
 * - Hopley R et al. (2022). Birmingham Prevention Portfolio review, §7.3 (reach of under-served groups).
 *
 * @param comparison - one entry of `model.profile.characteristics`
 * @param options - id and width; see {@link RepresentationChartOptions}
 * @returns the chart (Vega-Lite spec, title, description, basis)
 * @throws {InvalidInputError} when `comparison` is not a characteristic comparison or an option is invalid
 * @example
 * ```ts
 * import { representationChart } from 'social-outcomes/report';
 * const row = (code: string, ratio: number | null) => ({ code, label: code.toUpperCase(), observed: { value: ratio === null ? null : 50, suppressed: ratio === null }, observedShare: null, baselineShare: 0.5, ratio: ratio === null ? null : { estimate: ratio, lower: ratio * 0.8, upper: ratio * 1.2, confidence: 0.95, method: 'wilson-over-census-share' }, flag: ratio === null ? 'suppressed' : ratio < 0.8 ? 'under' : 'proportionate', pAdjusted: null });
 * const chart = representationChart({ characteristic: 'age', label: 'Age', baselineTable: 'TS007A', rows: [row('a', 0.5), row('b', 1.1), row('c', null)], test: null, excluded: [], basis: { n: 100, unit: 'clients', method: 'equity.compareToBaseline', source: 'Census 2021' } });
 * chart.id //=> 'representation-age'
 * chart.description.includes('A: 0.50 (95% CI 0.40 to 0.60), under-represented') //=> true
 * chart.description.includes('Not shown (suppressed): C') //=> true
 * representationChart(null) //=> throws InvalidInputError
 * ```
 */
export function representationChart(comparison: CharacteristicComparison, options?: RepresentationChartOptions): ChartSpec {
  requireObject(FN, 'comparison', comparison);
  requireArray(FN, 'comparison.rows', comparison.rows);
  const basis = requireBasis(FN, 'comparison.basis', comparison.basis);
  const { id, width } = commonOptions(FN, options, chartId('representation', String(comparison.characteristic)), ['id', 'width']);
  const labels = uniqueLabels(comparison.rows.map((r) => String(r.label)));

  const rows: Array<{ label: string; estimate: number; lower: number; upper: number; flag: string }> = [];
  const hidden: string[] = [];
  let confidence = 0.95;
  comparison.rows.forEach((r, i) => {
    requireObject(FN, `comparison.rows.${i}`, r);
    if (r.ratio === null || r.flag === 'suppressed') {
      hidden.push(labels[i] as string);
      return;
    }
    const path = ['comparison', 'rows', i, 'ratio'];
    confidence = r.ratio.confidence;
    rows.push({
      label: labels[i] as string,
      estimate: requireFinite(FN, 'a ratio estimate', r.ratio.estimate, [...path, 'estimate']),
      lower: requireFinite(FN, 'a ratio lower limit', r.ratio.lower, [...path, 'lower']),
      upper: requireFinite(FN, 'a ratio upper limit', r.ratio.upper, [...path, 'upper']),
      flag: FLAG_LABEL[r.flag],
    });
  });

  const logScale = rows.length > 0 && rows.every((r) => r.lower > 0);
  const lo = Math.min(1, ...rows.map((r) => r.lower));
  const hi = Math.max(1, ...rows.map((r) => r.upper));
  const scale = logScale ? { type: 'log', domain: [lo / 1.1, hi * 1.1], nice: false } : { type: 'linear', domain: [0, hi * 1.05], nice: false };
  const pct = `${Math.round(confidence * 100)}%`;
  const title = `${comparison.label}: clients compared with the Census 2021 population`;
  const word = (f: string): string => (f === FLAG_LABEL.under ? 'under-represented' : f === FLAG_LABEL.over ? 'over-represented' : 'proportionate');
  const description =
    `Representation ratios (share of clients ÷ share of the area's population in ${comparison.baselineTable}) with ${pct} confidence intervals; 1 means proportionate, below 1 under-represented` +
    `${logScale ? ', on a log scale' : ''}. ` +
    (rows.length > 0 ? `${rows.map((r) => `${r.label}: ${altNumber(r.estimate)} (${pct} CI ${altNumber(r.lower)} to ${altNumber(r.upper)}), ${word(r.flag)}`).join('; ')}.` : 'No category has a published ratio.') +
    (hidden.length > 0 ? ` Not shown (suppressed): ${hidden.join('; ')}.` : '');

  const flags = [FLAG_LABEL.under, FLAG_LABEL.proportionate, FLAG_LABEL.over];
  const wrapped = uniqueLabels(rows.map((r) => wrapLabel(r.label)));
  const spec = {
    description,
    title: chartTitle(title, `Representation ratio with ${pct} CI; dashed line at 1 = proportionate`),
    width,
    height: Math.max(1, rows.length) * (wrapped.some((w) => w.includes('\n')) ? BAND_HEIGHT + 8 : BAND_HEIGHT),
    config: chartConfig(),
    layer: [
      {
        data: { values: rows.map((r, i) => ({ ...r, label: wrapped[i] as string })) },
        encoding: { y: { field: 'label', type: 'nominal', sort: wrapped, title: null, axis: wrappedBandAxis() } },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 2, color: '#8a8a8a' },
            encoding: { x: { field: 'lower', type: 'quantitative', scale, title: 'Representation ratio (clients ÷ census)' }, x2: { field: 'upper' } },
          },
          {
            mark: { type: 'point', filled: true, size: 90, opacity: 1 },
            encoding: {
              x: { field: 'estimate', type: 'quantitative' },
              color: { field: 'flag', type: 'nominal', scale: { domain: flags, range: [OKABE_ITO.vermillion, OKABE_ITO.grey, OKABE_ITO.blue] }, legend: legend() },
              shape: { field: 'flag', type: 'nominal', scale: { domain: flags, range: ['triangle-left', 'circle', 'triangle-right'] }, legend: legend() },
            },
          },
        ],
      },
      {
        data: { values: [{ one: 1 }] },
        mark: { type: 'rule', strokeDash: [4, 3], color: OKABE_ITO.black },
        encoding: { x: { field: 'one', type: 'quantitative' } },
      },
    ],
  };
  return { id, title, description, basis, spec };
}
