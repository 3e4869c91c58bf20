/**
 * The chart value the chart builders return: a Vega-Lite specification with its accessible title,
 * description (alt text) and figure basis. Plain JSON, built without Vega; render it to SVG with
 * `renderChartSvg`.
 *
 * @packageDocumentation
 */
import type { FigureBasis } from '../reportModel';

/** A chart ready to render: Vega-Lite spec plus what a reader needs without seeing it. */
export interface ChartSpec {
  /** Id, unique within a report and safe in file names and HTML ids (lower-case letters, digits, hyphens). */
  readonly id: string;
  /** Title shown above the chart and used as the SVG `<title>`. */
  readonly title: string;
  /**
   * Long description (alt text): what the chart shows and every value it plots, in words, so a
   * screen-reader user or a reader of the plain text loses nothing. Used as the SVG `<desc>`.
   */
  readonly description: string;
  /** Number, method and source of the figure, for the caption. */
  readonly basis: FigureBasis;
  /**
   * The Vega-Lite (v6) specification, data inlined (no URLs). Plain JSON: pass it to the Vega-Lite
   * editor or `vega-lite`'s `compile` as it is.
   */
  readonly spec: Readonly<Record<string, unknown>>;
}
