/**
 * `renderChartSvg`: a {@link ChartSpec} to a standalone, accessible, deterministic SVG string.
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { finishSvg, loadChartRuntime, offlineLoader } from '../_internal/chartRuntime';
import type { ChartSpec } from './chartSpec';

const FN = 'renderChartSvg';

/**
 * Renders a chart to an SVG string in Node or a browser with Vega-Lite and Vega (optional peers,
 * loaded on first use), offline and deterministically.
 *
 * @remarks
 * The Vega-Lite spec is compiled with `vega-lite` and drawn by a headless `vega` View
 * (`renderer: 'none'`, `toSVG()`); the View's loader refuses every request, so nothing is fetched.
 * Text uses a system font stack (no web fonts); widths are Vega's estimate, identical on every
 * machine without `node-canvas`. Vega's counter-based ids (clip paths, gradients) are renumbered
 * per chart and prefixed with `chart.id`, so the same chart gives byte-identical SVG whatever was
 * rendered before, and charts inlined in one page never share an id. The root element gets
 * `role="img"`, `aria-labelledby` and `<title>`/`<desc>` from the chart's title and description;
 * all text is XML-escaped.
 *
 * **Formula** — none: drawing only.
 *
 * **References**
 * - Satyanarayan A, Moritz D, Wongsuphasawat K, Heer J (2017). Vega-Lite: a grammar of interactive
 *   graphics. IEEE TVCG 23(1), 341–350. doi:10.1109/TVCG.2016.2599030
 * - W3C (2018). SVG Accessibility API Mappings, §5 (`title`, `desc`, `role="img"`). https://www.w3.org/TR/svg-aam-1.0/
 *
 * @param chart - a chart from a chart builder (`starProfileChart`, `representationChart`, `forestPlot`, `valueWaterfall`, `tornadoChart`)
 * @returns the SVG document as a string (no XML declaration), starting `<svg`
 * @throws {InvalidInputError} when `chart` is not a chart spec (an id, title, description and spec)
 * @throws {SocialOutcomesError} with code `missing-peer` when `vega` or `vega-lite` is not installed (the message names it)
 * @example
 * ```ts
 * import { renderChartSvg, tornadoChart } from 'social-outcomes/report';
 * const chart = tornadoChart({ metric: 'present-value', base: 100, bars: [{ parameter: 'deadweight', label: 'Deadweight', lowInput: 0, highInput: 0.2, lowResult: 110, highResult: 90 }] }, { basis: { n: 1, unit: 'claims', method: 'socialvalue.sensitivity', source: 'example' } });
 * const svg = await renderChartSvg(chart);
 * svg.startsWith('<svg') //=> true
 * svg.includes('<title id="sensitivity-tornado-title">') //=> true
 * (await renderChartSvg(chart)) === svg //=> true
 * await renderChartSvg({ id: 'x' }) //=> throws InvalidInputError
 * ```
 */
export async function renderChartSvg(chart: ChartSpec): Promise<string> {
  if (
    chart === null ||
    typeof chart !== 'object' ||
    typeof chart.id !== 'string' ||
    !/^[a-z][a-z0-9-]*$/.test(chart.id) ||
    typeof chart.title !== 'string' ||
    typeof chart.description !== 'string' ||
    chart.spec === null ||
    typeof chart.spec !== 'object'
  ) {
    throw new InvalidInputError({
      code: 'invalid-type',
      message: `${FN} requires a chart { id (lower-case letters, digits, hyphens), title, description, spec } (got ${describeValue(chart)})`,
      path: ['chart'],
    });
  }
  const { vega, vegaLite } = await loadChartRuntime(FN);
  const compiled = vegaLite.compile(chart.spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: offlineLoader, logLevel: 0 });
  try {
    const svg = await view.toSVG();
    return finishSvg(svg, chart.id, chart.title, chart.description);
  } finally {
    view.finalize();
  }
}
