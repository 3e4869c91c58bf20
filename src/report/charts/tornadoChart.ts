/**
 * `tornadoChart`: one-at-a-time sensitivity of the social value result.
 *
 * @packageDocumentation
 */
import type { FigureBasis, SocialValueComputed } from '../reportModel';
import { formatMoney, formatNumber } from '../_internal/format';
import { BAND_HEIGHT, chartConfig, chartTitle, legend, OKABE_ITO, uniqueLabels, wrapLabel, wrappedBandAxis } from '../_internal/chartTheme';
import { commonOptions, requireArray, requireBasis, requireFinite, requireObject } from '../_internal/chartInput';
import type { ChartSpec } from './chartSpec';

const FN = 'tornadoChart';

/** Options of {@link tornadoChart}. */
export interface TornadoChartOptions {
  /** Figure basis for the caption (`model.socialValue.basis`). */
  readonly basis: FigureBasis;
  /**
   * Chart id.
   *
   * @defaultValue `sensitivity-tornado`
   */
  readonly id?: string;
  /**
   * Width of the plotting area in pixels (120–2000).
   *
   * @defaultValue 480
   */
  readonly width?: number;
}

function fmtInput(x: number): string {
  return Number.isInteger(x) ? formatNumber(x, 0) : formatNumber(x, Math.abs(x) < 10 ? 2 : 1);
}

/**
 * Builds a tornado chart of a one-at-a-time sensitivity analysis: for each parameter, the result
 * at its low and at its high input, as bars from the base case, largest swing first.
 *
 * @remarks
 * Each row spans from the result at the low input to the result at the high input, split at the
 * base-case line: the part reached by the low input in sky blue, by the high input in orange
 * (Okabe–Ito), and each row's label names both inputs. Results are present values (£) or SROI
 * ratios, as `sensitivity.metric` says.
 *
 * **Formula**
 * ```tex
 * \text{swing}_j = \lvert R(\theta_j^{\text{high}}) - R(\theta_j^{\text{low}}) \rvert,\ \text{other parameters at base}
 * ```
 *
 * **References**
 * - Nicholls J et al. (2012). A guide to Social Return on Investment. Social Value UK, stage 5.3 (sensitivity analysis, pp. 73–75).
 * - Briggs A, Sculpher M, Claxton K (2006). Decision Modelling for Health Economic Evaluation, ch. 4. Oxford University Press.
 *
 * @param sensitivity - `model.socialValue.sensitivity` (when `computed`)
 * @param options - the figure basis (required), id and width; see {@link TornadoChartOptions}
 * @returns the chart (Vega-Lite spec, title, description, basis)
 * @throws {InvalidInputError} when `sensitivity` is not `{ metric, base, bars }` with finite numbers, or `options.basis` is missing
 * @example
 * ```ts
 * import { tornadoChart } from 'social-outcomes/report';
 * const chart = tornadoChart({ metric: 'sroi-ratio', base: 2, bars: [{ parameter: 'attribution', label: 'Attribution', lowInput: 0.1, highInput: 0.3, lowResult: 2.2, highResult: 1.8 }] }, { basis: { n: 1, unit: 'claims', method: 'socialvalue.sensitivity', source: 'example' } });
 * chart.description.includes('Attribution: 2.20 at 0.10, 1.80 at 0.30') //=> true
 * tornadoChart({ metric: 'sroi-ratio', base: NaN, bars: [] }, { basis: { n: 1, unit: 'u', method: 'm', source: 's' } }) //=> throws InvalidInputError
 * ```
 */
export function tornadoChart(sensitivity: SocialValueComputed['sensitivity'], options: TornadoChartOptions): ChartSpec {
  requireObject(FN, 'sensitivity', sensitivity);
  requireArray(FN, 'sensitivity.bars', sensitivity.bars);
  const base = requireFinite(FN, 'sensitivity.base', sensitivity.base, ['sensitivity', 'base']);
  requireObject(FN, 'options', options);
  const basis = requireBasis(FN, 'options.basis', options.basis);
  const { id, width } = commonOptions(FN, options, 'sensitivity-tornado', ['basis', 'id', 'width']);
  const money = sensitivity.metric !== 'sroi-ratio';
  const fmt = (x: number): string => (money ? formatMoney(x) : formatNumber(x, 2));
  const labels = uniqueLabels(sensitivity.bars.map((b) => `${String(b.label)}`));

  const rows: Array<{ label: string; from: number; to: number; side: string; text: string }> = [];
  const said: string[] = [];
  const order: string[] = [];
  sensitivity.bars.forEach((b, i) => {
    requireObject(FN, `sensitivity.bars.${i}`, b);
    const p = ['sensitivity', 'bars', i];
    const lowInput = requireFinite(FN, 'a low input', b.lowInput, [...p, 'lowInput']);
    const highInput = requireFinite(FN, 'a high input', b.highInput, [...p, 'highInput']);
    const lowResult = requireFinite(FN, 'a low result', b.lowResult, [...p, 'lowResult']);
    const highResult = requireFinite(FN, 'a high result', b.highResult, [...p, 'highResult']);
    const label = wrapLabel(`${labels[i] as string} (${fmtInput(lowInput)} to ${fmtInput(highInput)})`, 44, 3);
    order.push(label);
    rows.push({ label, from: base, to: lowResult, side: 'Low input', text: fmt(lowResult) });
    rows.push({ label, from: base, to: highResult, side: 'High input', text: fmt(highResult) });
    said.push(`${labels[i] as string}: ${fmt(lowResult)} at ${fmtInput(lowInput)}, ${fmt(highResult)} at ${fmtInput(highInput)}`);
  });

  const metric = money ? 'present value (£)' : 'SROI ratio (£ of value per £ invested)';
  const title = `Sensitivity of the ${money ? 'present value' : 'SROI ratio'} to each assumption`;
  const description =
    `Tornado chart: the ${metric} when one assumption at a time is set to its low or high value, others at base (base case ${fmt(base)}), largest swing first. ` +
    (said.length > 0 ? `${said.join('; ')}.` : 'No parameter was varied.');
  const uniqueOrder = uniqueLabels(order);
  const sides = ['Low input', 'High input'];
  const spec = {
    description,
    title: chartTitle(title, `Base case ${fmt(base)} (solid line); one assumption varied at a time`),
    width,
    height: Math.max(1, order.length) * (BAND_HEIGHT + 14),
    config: chartConfig(),
    layer: [
      {
        data: { values: rows.map((r, i) => ({ ...r, label: uniqueOrder[Math.floor(i / 2)] as string })) },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y: { field: 'label', type: 'nominal', sort: uniqueOrder, title: null, axis: { ...wrappedBandAxis(), labelLimit: 420 } },
          x: { field: 'from', type: 'quantitative', title: metric, scale: { zero: false }, axis: { format: money ? ',.0f' : '.2f' } },
          x2: { field: 'to' },
          color: { field: 'side', type: 'nominal', scale: { domain: sides, range: [OKABE_ITO.skyBlue, OKABE_ITO.orange] }, legend: legend() },
        },
      },
      {
        data: { values: [{ base }] },
        mark: { type: 'rule', color: OKABE_ITO.black, strokeWidth: 1.5 },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
    ],
  };
  return { id, title, description, basis, spec };
}
