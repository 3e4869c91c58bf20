/**
 * `starProfileChart`: before/after means on one Prevention First primary outcome, overall and by provider.
 *
 * @packageDocumentation
 */
import type { ChangeFigure, OutcomeChange } from '../reportModel';
import { altNumber, BAND_HEIGHT, chartConfig, chartTitle, legend, OKABE_ITO, uniqueLabels, wrapLabel, wrappedBandAxis } from '../_internal/chartTheme';
import { chartId, commonOptions, requireArray, requireBasis, requireFinite, requireObject } from '../_internal/chartInput';
import type { ChartSpec } from './chartSpec';

const FN = 'starProfileChart';

/** Options of {@link starProfileChart}. */
export interface StarProfileChartOptions {
  /**
   * Display names of providers (`meta.providers` of the report model); ids without a name show as the id.
   *
   * @defaultValue the provider ids
   */
  readonly providers?: ReadonlyArray<{
    /** Provider id. */
    readonly id: string;
    /** Display name. */
    readonly name: string;
  }>;
  /**
   * Chart id.
   *
   * @defaultValue `star-profile-<outcomeId>`
   */
  readonly id?: string;
  /**
   * Width of the plotting area in pixels (120–2000).
   *
   * @defaultValue 480
   */
  readonly width?: number;
}

interface Row {
  readonly group: string;
  readonly before: number;
  readonly after: number;
  readonly n: number;
}

function withheld(f: ChangeFigure): string | null {
  if (f.suppressed) return 'withheld: fewer pairs than the suppression threshold';
  if (f.notComputedReason !== undefined) return `not computed: ${f.notComputedReason}`;
  if (f.preMean.value === null || f.postMean.value === null) return `not computed: ${f.preMean.reason ?? f.postMean.reason ?? 'no means'}`;
  return null;
}

/**
 * Builds a dumbbell chart of the mean score before and after support on one Prevention First
 * primary outcome: all providers together first, then each provider; groups whose figure is
 * suppressed or not computed are left out of the plot and named in the description.
 *
 * @remarks
 * Each row joins the baseline mean (circle) to the follow-up mean (diamond) on the outcome's scale
 * (`outcome.range`), so the length of the bar is the mean change; colour repeats the shape
 * (Okabe–Ito blue and vermillion). The row label carries n. Means of ordinal Star readings are shown
 * for the profile only: the report's tests and medians lead (see its caveats).
 *
 * **Formula**
 * ```tex
 * \bar x_{\text{before}} = \tfrac1n \textstyle\sum_i x_{i,\text{pre}},\qquad \bar x_{\text{after}} = \tfrac1n \textstyle\sum_i x_{i,\text{post}}
 * ```
 *
 * **References**
 * - MacKeith J (2011). The development of the Outcomes Star: a participatory approach to assessment
 *   and outcome measurement. Housing, Care and Support 14(3), 98–106. doi:10.1108/14608791111199778
 * - Okabe M, Ito K (2008). Color Universal Design (CUD): how to make figures and presentations that
 *   are friendly to colorblind people. https://jfly.uni-koeln.de/color/
 *
 * @param outcome - one entry of `model.change.outcomes`
 * @param options - provider display names, id and width; see {@link StarProfileChartOptions}
 * @returns the chart (Vega-Lite spec, title, description, basis); render it with `renderChartSvg`
 * @throws {InvalidInputError} when `outcome` is not an outcome change (missing figures, a non-finite mean or range) or an option is invalid
 * @example
 * ```ts
 * import { starProfileChart } from 'social-outcomes/report';
 * const fig = (n: number, pre: number, post: number) => ({ n, preMean: { value: pre }, postMean: { value: post }, medianChange: { value: post - pre }, meanChange: null, effectSize: null, p: null, test: 'wilcoxon signed-rank', direction: { improved: { value: null, suppressed: true }, same: { value: null, suppressed: true }, worse: { value: null, suppressed: true } }, excluded: [], suppressed: false });
 * const outcome = { outcomeId: 'independence', label: 'Independence', scale: 'proportion of scale range', range: { min: 0, max: 1 }, higherIsBetter: true, overall: fig(40, 0.3, 0.5), byProvider: [{ ...fig(40, 0.3, 0.5), providerId: 'p1' }], basis: { n: 40, unit: 'pairs', method: 'change.summarizeChange', source: 'example' } };
 * const chart = starProfileChart(outcome, { providers: [{ id: 'p1', name: 'Provider One' }] });
 * chart.id //=> 'star-profile-independence'
 * chart.description.includes('Provider One (n 40): 0.30 before, 0.50 after') //=> true
 * starProfileChart({ outcomeId: 'x' }) //=> throws InvalidInputError
 * ```
 */
export function starProfileChart(outcome: OutcomeChange, options?: StarProfileChartOptions): ChartSpec {
  requireObject(FN, 'outcome', outcome);
  requireObject(FN, 'outcome.overall', outcome.overall);
  requireArray(FN, 'outcome.byProvider', outcome.byProvider);
  requireObject(FN, 'outcome.range', outcome.range);
  const min = requireFinite(FN, 'outcome.range.min', outcome.range.min, ['outcome', 'range', 'min']);
  const max = requireFinite(FN, 'outcome.range.max', outcome.range.max, ['outcome', 'range', 'max']);
  const basis = requireBasis(FN, 'outcome.basis', outcome.basis);
  const { id, width } = commonOptions(FN, options, chartId('star-profile', String(outcome.outcomeId)), ['providers', 'id', 'width']);
  const names = new Map<string, string>();
  if (options?.providers !== undefined) {
    requireArray(FN, 'options.providers', options.providers);
    for (const p of options.providers) names.set(p.id, p.name);
  }

  const groups: Array<{ name: string; figure: ChangeFigure }> = [{ name: 'All providers', figure: outcome.overall }];
  outcome.byProvider.forEach((f, i) => {
    requireObject(FN, `outcome.byProvider.${i}`, f);
    groups.push({ name: names.get(f.providerId) ?? f.providerId, figure: f });
  });
  const labels = uniqueLabels(groups.map((g) => g.name));

  const rows: Row[] = [];
  const wrapped: string[] = [];
  const left: string[] = [];
  groups.forEach((g, i) => {
    const why = withheld(g.figure);
    if (why !== null) {
      left.push(`${labels[i] as string} (${why})`);
      return;
    }
    const before = requireFinite(FN, 'a pre-support mean', g.figure.preMean.value, ['outcome', i === 0 ? 'overall' : `byProvider.${i - 1}`, 'preMean']);
    const after = requireFinite(FN, 'a post-support mean', g.figure.postMean.value, ['outcome', i === 0 ? 'overall' : `byProvider.${i - 1}`, 'postMean']);
    rows.push({ group: `${labels[i] as string} (n ${g.figure.n})`, before, after, n: g.figure.n });
    wrapped.push(wrapLabel(`${labels[i] as string} (n ${g.figure.n})`));
  });

  const title = `${outcome.label}: mean score before and after support`;
  const direction = outcome.higherIsBetter ? 'higher is better' : 'lower is better';
  const described = rows.map((r) => `${r.group}: ${altNumber(r.before)} before, ${altNumber(r.after)} after`);
  const description =
    `Dumbbell chart of the mean ${outcome.label} score before support (circle) and after support (diamond), ` +
    `on ${outcome.scale} from ${altNumber(min)} to ${altNumber(max)} (${direction}). ` +
    (rows.length > 0 ? `${described.join('; ')}.` : 'No group has a published figure.') +
    (left.length > 0 ? ` Not shown: ${left.join('; ')}.` : '');

  const uniqueWrapped = uniqueLabels(wrapped);
  const phases = ['Before', 'After'];
  const spec = {
    description,
    title: chartTitle(title, `Mean on ${outcome.scale}; n = complete before/after pairs`),
    width,
    height: Math.max(1, rows.length) * (wrapped.some((w) => w.includes('\n')) ? BAND_HEIGHT + 8 : BAND_HEIGHT),
    data: { values: rows.map((r, i) => ({ ...r, group: uniqueWrapped[i] as string })) },
    config: chartConfig(),
    encoding: {
      y: { field: 'group', type: 'nominal', sort: uniqueWrapped, title: null, axis: wrappedBandAxis() },
    },
    layer: [
      {
        mark: { type: 'rule', color: '#8a8a8a', strokeWidth: 2 },
        encoding: {
          x: { field: 'before', type: 'quantitative', scale: { domain: [min, max], nice: false }, title: 'Mean score' },
          x2: { field: 'after' },
        },
      },
      {
        transform: [{ fold: ['before', 'after'], as: ['phase', 'mean'] }, { calculate: "datum.phase === 'before' ? 'Before' : 'After'", as: 'Phase' }],
        mark: { type: 'point', filled: true, size: 90, opacity: 1 },
        encoding: {
          x: { field: 'mean', type: 'quantitative', format: '.2f' },
          color: { field: 'Phase', type: 'nominal', scale: { domain: phases, range: [OKABE_ITO.blue, OKABE_ITO.vermillion] }, legend: legend() },
          shape: { field: 'Phase', type: 'nominal', scale: { domain: phases, range: ['circle', 'diamond'] }, legend: legend() },
        },
      },
    ],
  };
  return { id, title, description, basis, spec };
}
