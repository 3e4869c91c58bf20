/**
 * `valueWaterfall`: the social value waterfall from gross value to present value.
 *
 * @packageDocumentation
 */
import type { FigureBasis, WaterfallStep } from '../reportModel';
import { formatMoney } from '../_internal/format';
import { chartConfig, chartTitle, legend, MULTILINE_LABEL_EXPR, OKABE_ITO, wrapLabel } from '../_internal/chartTheme';
import { commonOptions, requireArray, requireBasis, requireFinite, requireObject } from '../_internal/chartInput';
import { InvalidInputError } from '../../errors';
import type { ChartSpec } from './chartSpec';

const FN = 'valueWaterfall';

/** Options of {@link valueWaterfall}. */
export interface ValueWaterfallOptions {
  /** Figure basis for the caption (`model.socialValue.basis`). */
  readonly basis: FigureBasis;
  /**
   * Price year shown on the axis, e.g. `2023-24`.
   *
   * @defaultValue none
   */
  readonly priceYear?: string;
  /**
   * Chart id.
   *
   * @defaultValue `value-waterfall`
   */
  readonly id?: string;
  /**
   * Width of the plotting area in pixels (120–2000).
   *
   * @defaultValue 480
   */
  readonly width?: number;
}

/**
 * Builds a waterfall chart of social value: gross value, each deduction (deadweight, displacement,
 * attribution, drop-off, discounting) and any value of later years, down to the present value.
 *
 * @remarks
 * Totals (gross, present value) are bars from 0; each step is a floating bar from the running total
 * before it to the total after it, labelled with its amount. Colour repeats the sign (grey totals,
 * vermillion deductions, blue additions) and every bar carries its £ label, so colour is never needed
 * to read it. Steps that change nothing (e.g. drop-off over a single year) are left out of the plot
 * and named in the description.
 *
 * **Formula**
 * ```tex
 * T_0 = \text{gross},\qquad T_k = T_{k-1} + \delta_k,\qquad \text{PV} = T_K
 * ```
 *
 * **References**
 * - Nicholls J, Lawlor E, Neitzert E, Goodspeed T (2012). A guide to Social Return on Investment. Social Value UK, stage 4 (pp. 55–67).
 * - HM Treasury (2022). The Green Book, §A6 (discounting at 3.5 %).
 *
 * @param steps - `model.socialValue.waterfall` (when `computed`)
 * @param options - the figure basis (required), price year, id and width; see {@link ValueWaterfallOptions}
 * @returns the chart (Vega-Lite spec, title, description, basis)
 * @throws {InvalidInputError} when `steps` is not a non-empty array of waterfall steps with finite numbers, or `options.basis` is missing
 * @example
 * ```ts
 * import { valueWaterfall } from 'social-outcomes/report';
 * const steps = [{ step: 'gross', label: 'Gross value', delta: 1000, total: 1000 }, { step: 'deadweight', label: 'Deadweight', delta: -200, total: 800, rate: 0.2 }, { step: 'present-value', label: 'Present value', delta: 0, total: 800 }];
 * const chart = valueWaterfall(steps, { basis: { n: 1, unit: 'claims', method: 'socialvalue.valueOutcomes', source: 'example' }, priceYear: '2023-24' });
 * chart.description.includes('Gross value £1,000; Deadweight -£200 (rate 20%) to £800; Present value £800') //=> true
 * valueWaterfall([], { basis: { n: 1, unit: 'claims', method: 'm', source: 's' } }) //=> throws InvalidInputError
 * ```
 */
export function valueWaterfall(steps: ReadonlyArray<WaterfallStep>, options: ValueWaterfallOptions): ChartSpec {
  requireArray(FN, 'steps', steps);
  if (steps.length === 0) throw new InvalidInputError({ code: 'empty-input', message: `${FN} requires at least one waterfall step (got 0)`, path: ['steps'] });
  requireObject(FN, 'options', options);
  const basis = requireBasis(FN, 'options.basis', options.basis);
  const { id, width } = commonOptions(FN, options, 'value-waterfall', ['basis', 'priceYear', 'id', 'width']);
  const priceYear = options.priceYear === undefined ? '' : ` (${String(options.priceYear)} prices)`;

  const bars: Array<{ label: string; start: number; end: number; kind: string; text: string }> = [];
  const said: string[] = [];
  const skipped: string[] = [];
  steps.forEach((s, i) => {
    requireObject(FN, `steps.${i}`, s);
    const delta = requireFinite(FN, 'a step delta', s.delta, ['steps', i, 'delta']);
    const total = requireFinite(FN, 'a step total', s.total, ['steps', i, 'total']);
    const label = String(s.label);
    const isTotal = s.step === 'gross' || s.step === 'present-value';
    if (isTotal) {
      bars.push({ label: wrapLabel(label, 12, 3), start: 0, end: total, kind: 'Total', text: formatMoney(total) });
      said.push(`${label} ${formatMoney(total)}`);
      return;
    }
    if (delta === 0) {
      skipped.push(`${label} (no change${s.source !== undefined ? `: ${String(s.source)}` : ''})`);
      return;
    }
    bars.push({ label: wrapLabel(label, 12, 3), start: total - delta, end: total, kind: delta < 0 ? 'Deduction' : 'Addition', text: formatMoney(delta) });
    const rate = s.rate === undefined ? '' : ` (rate ${Math.round(s.rate * 1000) / 10}%)`;
    said.push(`${label} ${formatMoney(delta)}${rate} to ${formatMoney(total)}`);
  });

  const title = 'Social value: from gross value to present value';
  const description =
    `Waterfall chart of social value in pounds${priceYear}: each bar starts where the previous one ended. ${said.join('; ')}.` +
    (skipped.length > 0 ? ` Steps with no effect, not drawn: ${skipped.join('; ')}.` : '');
  const kinds = ['Total', 'Deduction', 'Addition'];
  const spec = {
    description,
    title: chartTitle(title, `£${priceYear}; values are average proxies, not measured values`),
    width,
    height: 260,
    data: { values: bars },
    config: chartConfig(),
    encoding: { x: { field: 'label', type: 'nominal', sort: bars.map((b) => b.label), title: null, axis: { labelAngle: 0, labelExpr: MULTILINE_LABEL_EXPR, labelLimit: 200, labelLineHeight: 13 } } },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.7 } },
        encoding: {
          y: { field: 'start', type: 'quantitative', title: `£${priceYear}`, axis: { format: ',.0f' } },
          y2: { field: 'end' },
          color: { field: 'kind', type: 'nominal', scale: { domain: kinds, range: [OKABE_ITO.grey, OKABE_ITO.vermillion, OKABE_ITO.blue] }, legend: legend() },
        },
      },
      {
        mark: { type: 'text', dy: -6, baseline: 'bottom', color: '#1a1a1a' },
        encoding: {
          y: { field: 'top', type: 'quantitative' },
          text: { field: 'text', type: 'nominal' },
        },
        transform: [{ calculate: 'max(datum.start, datum.end)', as: 'top' }],
      },
    ],
  };
  return { id, title, description, basis, spec };
}
