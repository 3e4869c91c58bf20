/**
 * `forestPlot`: outcome gaps between groups and a reference group, with intervals.
 *
 * @packageDocumentation
 */
import type { Disparity } from '../reportModel';
import { altNumber, BAND_HEIGHT, chartConfig, chartTitle, legend, OKABE_ITO, uniqueLabels, wrapLabel, wrappedBandAxis } from '../_internal/chartTheme';
import { chartId, commonOptions, requireArray, requireBasis, requireFinite, requireObject } from '../_internal/chartInput';
import type { ChartSpec } from './chartSpec';

const FN = 'forestPlot';

/** Options of {@link forestPlot}. */
export interface ForestPlotOptions {
  /**
   * Chart id.
   *
   * @defaultValue `disparity-<outcomeId>-<characteristic>`
   */
  readonly id?: string;
  /**
   * Width of the plotting area in pixels (120–2000).
   *
   * @defaultValue 480
   */
  readonly width?: number;
}

const FLAG = { worse: 'Worse (adjusted p < 0.05)', none: 'No significant gap', better: 'Better (adjusted p < 0.05)', reference: 'Reference group' } as const;

/**
 * Builds a forest plot of one equity comparison: each group's gap to the reference group (this
 * group − reference) with its confidence interval, and a line at 0 (no gap).
 *
 * @remarks
 * The reference group is drawn at 0 as a black square; other groups as points with interval bars,
 * flagged by colour and shape when the multiplicity-adjusted test is significant (vermillion
 * left-pointing triangle worse, blue right-pointing triangle better, grey circle none). Suppressed
 * groups and groups without a gap are not plotted and are named in the description.
 *
 * **Formula**
 * ```tex
 * \Delta_g = \bar d_g - \bar d_{\text{ref}},\qquad \Delta_g \pm t_{\nu,1-\alpha/2}\sqrt{s_g^2/n_g + s_{\text{ref}}^2/n_{\text{ref}}}
 * ```
 *
 * **References**
 * - Lewis S, Clarke M (2001). Forest plots: trying to see the wood and the trees. BMJ 322, 1479–1480. doi:10.1136/bmj.322.7300.1479
 * - Welch BL (1947). The generalization of "Student's" problem when several different population variances are involved. Biometrika 34, 28–35. doi:10.2307/2332510
 *
 * @param disparity - one entry of `model.equity.disparities`
 * @param options - id and width; see {@link ForestPlotOptions}
 * @returns the chart (Vega-Lite spec, title, description, basis)
 * @throws {InvalidInputError} when `disparity` is not a disparity comparison or an option is invalid
 * @example
 * ```ts
 * import { forestPlot } from 'social-outcomes/report';
 * const iv = (e: number) => ({ estimate: e, lower: e - 1, upper: e + 1, confidence: 0.95, method: 'welch' });
 * const group = (code: string, gap: number | null, reference = false) => ({ code, label: code, n: { value: 30, suppressed: false }, estimate: iv(2), gap: gap === null ? null : iv(gap), p: null, pAdjusted: null, reference, flag: gap !== null && gap < -1 ? 'worse' : 'none' });
 * const chart = forestPlot({ outcomeId: 'swemwbs', outcomeLabel: 'SWEMWBS', characteristic: 'age', characteristicLabel: 'Age', metric: 'mean-change', groups: [group('18-34', null, true), group('65+', -1.5)], omnibus: null, adjustment: 'holm', basis: { n: 60, unit: 'pairs', method: 'equity.outcomeByGroup', source: 'example' } });
 * chart.id //=> 'disparity-swemwbs-age'
 * chart.description.includes('65+ (n 30): -1.50 (95% CI -2.50 to -0.50), worse') //=> true
 * forestPlot([]) //=> throws InvalidInputError
 * ```
 */
export function forestPlot(disparity: Disparity, options?: ForestPlotOptions): ChartSpec {
  requireObject(FN, 'disparity', disparity);
  requireArray(FN, 'disparity.groups', disparity.groups);
  const basis = requireBasis(FN, 'disparity.basis', disparity.basis);
  const { id, width } = commonOptions(FN, options, chartId('disparity', String(disparity.outcomeId), String(disparity.characteristic)), ['id', 'width']);
  const labels = uniqueLabels(disparity.groups.map((g) => String(g.label)));

  const rows: Array<{ label: string; estimate: number; lower: number | null; upper: number | null; flag: string }> = [];
  const hidden: string[] = [];
  let confidence = 0.95;
  let referenceLabel = '';
  disparity.groups.forEach((g, i) => {
    requireObject(FN, `disparity.groups.${i}`, g);
    const n = g.n.value === null ? 'n suppressed' : `n ${g.n.value}`;
    const label = `${labels[i] as string} (${n})`;
    if (g.reference) {
      referenceLabel = label;
      rows.push({ label: `${label}, reference`, estimate: 0, lower: null, upper: null, flag: FLAG.reference });
      return;
    }
    if (g.gap === null || g.flag === 'suppressed') {
      hidden.push(`${labels[i] as string} (${g.flag === 'suppressed' ? 'suppressed' : 'not computed'})`);
      return;
    }
    const path = ['disparity', 'groups', i, 'gap'];
    confidence = g.gap.confidence;
    rows.push({
      label,
      estimate: requireFinite(FN, 'a gap estimate', g.gap.estimate, [...path, 'estimate']),
      lower: requireFinite(FN, 'a gap lower limit', g.gap.lower, [...path, 'lower']),
      upper: requireFinite(FN, 'a gap upper limit', g.gap.upper, [...path, 'upper']),
      flag: FLAG[g.flag],
    });
  });

  const pct = `${Math.round(confidence * 100)}%`;
  const metric = disparity.metric === 'mean-change' ? 'mean change' : disparity.metric === 'proportion-improved' ? 'proportion improved' : String(disparity.metric);
  const title = `${disparity.outcomeLabel}: gap in ${metric} by ${String(disparity.characteristicLabel).toLowerCase()}`;
  const word = (f: string): string => (f === FLAG.worse ? 'worse' : f === FLAG.better ? 'better' : 'no significant gap');
  const plotted = rows.filter((r) => r.lower !== null);
  const description =
    `Forest plot of the difference in ${metric} on ${disparity.outcomeLabel} between each ${String(disparity.characteristicLabel).toLowerCase()} group and the reference group` +
    `${referenceLabel !== '' ? ` ${referenceLabel}` : ''}, with ${pct} confidence intervals; 0 means no gap, p-values adjusted by ${disparity.adjustment}. ` +
    (plotted.length > 0 ? `${plotted.map((r) => `${r.label}: ${altNumber(r.estimate)} (${pct} CI ${altNumber(r.lower as number)} to ${altNumber(r.upper as number)}), ${word(r.flag)}`).join('; ')}.` : 'No group has a published gap.') +
    (hidden.length > 0 ? ` Not shown: ${hidden.join('; ')}.` : '');

  const flags = [FLAG.reference, FLAG.worse, FLAG.none, FLAG.better];
  const wrapped = uniqueLabels(rows.map((r) => wrapLabel(r.label)));
  const spec = {
    description,
    title: chartTitle(title, `Gap to the reference group with ${pct} CI; ${disparity.adjustment}-adjusted tests`),
    width,
    height: Math.max(1, rows.length) * (wrapped.some((w) => w.includes('\n')) ? BAND_HEIGHT + 8 : BAND_HEIGHT),
    config: chartConfig(),
    layer: [
      {
        data: { values: rows.map((r, i) => ({ ...r, label: wrapped[i] as string })) },
        encoding: { y: { field: 'label', type: 'nominal', sort: wrapped, title: null, axis: wrappedBandAxis() } },
        layer: [
          {
            transform: [{ filter: 'isValid(datum.lower)' }],
            mark: { type: 'rule', strokeWidth: 2, color: '#8a8a8a' },
            encoding: { x: { field: 'lower', type: 'quantitative', title: `Gap in ${metric} (group − reference)` }, x2: { field: 'upper' } },
          },
          {
            mark: { type: 'point', filled: true, size: 90, opacity: 1 },
            encoding: {
              x: { field: 'estimate', type: 'quantitative' },
              color: { field: 'flag', type: 'nominal', scale: { domain: flags, range: [OKABE_ITO.black, OKABE_ITO.vermillion, OKABE_ITO.grey, OKABE_ITO.blue] }, legend: legend(2) },
              shape: { field: 'flag', type: 'nominal', scale: { domain: flags, range: ['square', 'triangle-left', 'circle', 'triangle-right'] }, legend: legend(2) },
            },
          },
        ],
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', strokeDash: [4, 3], color: OKABE_ITO.black },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
    ],
  };
  return { id, title, description, basis, spec };
}
