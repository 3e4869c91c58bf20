/**
 * Shared look of the report charts: the Okabe–Ito colour-blind-safe palette, a system font (no
 * remote fonts), and a Vega-Lite config. Colour is never the only channel: shapes and labels repeat it.
 *
 * @packageDocumentation
 */
import { formatNumber } from './format';

/** Okabe & Ito (2008) palette, safe for the common colour-vision deficiencies. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#6B6B6B',
} as const;

/** System font stack only: the SVG never refers to a web font. */
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Default chart width in pixels (the plotting area). */
export const CHART_WIDTH = 480;

/** Height of one band (row) in the horizontal charts. */
export const BAND_HEIGHT = 26;

/** The Vega-Lite config every report chart uses. */
export function chartConfig(): Record<string, unknown> {
  return {
    background: '#ffffff',
    font: CHART_FONT,
    padding: 8,
    view: { stroke: null },
    title: { anchor: 'start', fontSize: 14, fontWeight: 'bold', color: '#1a1a1a', limit: 640, subtitleColor: '#444444', subtitleFontSize: 11 },
    axis: { labelFontSize: 11, titleFontSize: 11, labelColor: '#1a1a1a', titleColor: '#1a1a1a', gridColor: '#e3e3e3', domainColor: '#888888', tickColor: '#888888', labelLimit: 300, titleLimit: 560 },
    legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom', direction: 'horizontal', labelLimit: 300 },
    point: { size: 70, filled: true },
    text: { fontSize: 10 },
  };
}

/** A number for alt text: up to `decimals` decimals, thousands separated, no locale. */
export function altNumber(x: number, decimals = 2): string {
  return formatNumber(x, decimals);
}

/** Labels made unique (a second "Carers" becomes "Carers (2)") so a band scale keeps every row. */
export function uniqueLabels(labels: ReadonlyArray<string>): string[] {
  const used = new Set<string>();
  return labels.map((l) => {
    let out = l;
    for (let k = 2; used.has(out); k++) out = `${l} (${k})`;
    used.add(out);
    return out;
  });
}

/**
 * Wraps a label onto at most `maxLines` lines of about `maxChars` characters (breaking at spaces,
 * the last line ending in `…` when text is cut), joined with `\n`; axes split it with
 * {@link MULTILINE_LABEL_EXPR}.
 */
export function wrapLabel(text: string, maxChars = 38, maxLines = 2): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line === '') line = w;
    else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1] as string;
    kept[maxLines - 1] = `${last.length > maxChars - 1 ? last.slice(0, maxChars - 1) : last}…`;
    return kept.map((l) => (l.length > maxChars + 8 ? `${l.slice(0, maxChars + 7)}…` : l)).join('\n');
  }
  return lines.map((l) => (l.length > maxChars + 8 ? `${l.slice(0, maxChars + 7)}…` : l)).join('\n');
}

/** Vega expression splitting a wrapped label into lines (a fixed expression: no data is interpolated). */
export const MULTILINE_LABEL_EXPR = "split(datum.label, '\\n')";

/** Axis settings of a band axis whose labels were wrapped with {@link wrapLabel}. */
export function wrappedBandAxis(): Record<string, unknown> {
  return { labelExpr: MULTILINE_LABEL_EXPR, labelLimit: 380, labelLineHeight: 13 };
}

/** Title block with a limit wide enough not to truncate. */
export function chartTitle(text: string, subtitle: string): Record<string, unknown> {
  return { text, subtitle, limit: 900, subtitleLimit: 900 };
}

/** Legend settings that do not truncate labels. */
export function legend(columns?: number): Record<string, unknown> {
  return { title: null, labelLimit: 400, ...(columns !== undefined ? { columns } : {}) };
}
